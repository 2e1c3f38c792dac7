/// A position in lists and links: who wrote it, when, and its address.
struct PositionSummary: TemplateContext {
    static let fields = ["id", "title", "href", "date", "date_display", "kind", "stakeholders"]

    var id: String
    var title: String
    var href: String
    var date: String
    var dateDisplay: String
    /// The kind of document, as readers say it: `Statement`.
    var kind: String
    var stakeholders: [StakeholderLink]

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "href": href
        case "date": date
        case "date_display": dateDisplay
        case "kind": kind
        case "stakeholders": stakeholders
        default: nil
        }
    }
}
