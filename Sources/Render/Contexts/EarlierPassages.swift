/// The passages a draft page does not quote, linked on the provision's page.
struct EarlierPassages: TemplateContext {
    static let fields = ["earlier", "label", "href"]

    var earlier: Int
    /// Percent-encoded.
    var href: String

    /// `and 73 earlier passages`, in the page's language.
    var label: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "earlier": .int(earlier)
        case "href": .string(href)
        case "label": .string(label)
        default: nil
        }
    }
}
