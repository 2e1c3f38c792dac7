/// The passages a draft page does not quote, linked on the provision's page.
struct EarlierPassages: TemplateContext {
    static let fields = ["earlier", "href"]

    var earlier: Int
    /// Percent-encoded.
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "earlier": earlier
        case "href": href
        default: nil
        }
    }
}
