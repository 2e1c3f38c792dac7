/// A stance a document declares on a provision.
struct StanceEntry: TemplateContext {
    static let fields = ["value", "value_label", "note", "title", "href", "date_display", "article"]

    var value: String
    /// The stance as the page's language says it (`support`, `soutien`).
    var valueLabel: String
    var note: String?
    var title: String
    var href: String
    var dateDisplay: String
    /// `Art. 5 of the Zero draft`.
    var article: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "value": .string(value)
        case "value_label": .string(valueLabel)
        case "note": note.templateValue
        case "title": .string(title)
        case "href": .string(href)
        case "date_display": .string(dateDisplay)
        case "article": .string(article)
        default: nil
        }
    }
}
