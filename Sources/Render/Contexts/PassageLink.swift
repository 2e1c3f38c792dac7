/// A link to one passage of a document.
struct PassageLink: TemplateContext {
    static let fields = ["href", "label", "title", "document"]

    /// Percent-encoded.
    var href: String
    /// `¶14`, or `§` for a heading.
    var label: String
    /// The document's title and date.
    var title: String
    /// What tells the document apart from the others linked beside it (`Nov 2023`), when
    /// there are others.
    var document: String? = nil

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": .string(href)
        case "label": .string(label)
        case "title": .string(title)
        case "document": document.templateValue
        default: nil
        }
    }
}
