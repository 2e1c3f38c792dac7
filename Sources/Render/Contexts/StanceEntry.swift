/// A stance a document declares on a provision.
struct StanceEntry: TemplateContext {
    static let fields = ["value", "note", "title", "href", "date_display", "article"]

    var value: String
    var note: String?
    var title: String
    var href: String
    var dateDisplay: String
    /// `Art. 5 of the Zero draft`.
    var article: String

    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "note": note.templateValue
        case "title": title
        case "href": href
        case "date_display": dateDisplay
        case "article": article
        default: nil
        }
    }
}
