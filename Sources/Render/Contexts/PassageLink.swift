/// A link to one passage of a document.
struct PassageLink: TemplateContext {
    static let fields = ["href", "label", "title"]

    /// Percent-encoded.
    var href: String
    /// `¶14`, or `§` for a heading.
    var label: String
    /// The document's title and date.
    var title: String

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": .string(href)
        case "label": .string(label)
        case "title": .string(title)
        default: nil
        }
    }
}
