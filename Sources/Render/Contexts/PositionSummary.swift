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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": .string(id)
        case "title": .string(title)
        case "href": .string(href)
        case "date": .string(date)
        case "date_display": .string(dateDisplay)
        case "kind": .string(kind)
        case "stakeholders": .list(stakeholders)
        default: nil
        }
    }
}
