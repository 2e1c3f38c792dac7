/// A link to one passage of a document.
struct PassageLink: TemplateContext {
    static let fields = ["href", "label", "title"]

    /// Percent-encoded.
    var href: String
    /// `¶14`, or `§` for a heading.
    var label: String
    /// The document's title and date.
    var title: String

    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "title": title
        default: nil
        }
    }
}
