/// The passages a draft page does not quote, linked on the provision's page.
struct EarlierPassages: TemplateContext {
    static let fields = ["earlier", "href"]

    var earlier: Int
    /// Percent-encoded.
    var href: String

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "earlier": .int(earlier)
        case "href": .string(href)
        default: nil
        }
    }
}
