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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": .string(id)
        case "title": .string(title)
        case "href": .string(href)
        case "dates": .string(dates)
        case "start": .string(start)
        case "kind": .string(kind)
        case "place": place.templateValue
        default: nil
        }
    }
}
