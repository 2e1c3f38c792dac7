/// A session in lists and links: its dates, place and address.
struct SessionSummary: TemplateContext {
    static let fields = ["id", "title", "href", "dates", "start", "kind", "place"]

    var id: String
    var title: String
    var href: String
    /// The dates for readers: `9-20 January 2023`.
    var dates: String
    /// The first day as written, for `datetime`.
    var start: String
    var kind: String
    var place: String?

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "href": href
        case "dates": dates
        case "start": start
        case "kind": kind
        case "place": place.templateValue
        default: nil
        }
    }
}
