/// A point, with the points nested in it, for the `draft-point` partial.
struct DraftPointContext: TemplateContext {
    static let fields = ["anchor", "anchored", "label", "text", "has_points", "points"]

    var anchor: String
    var anchored: Bool
    /// `a`, `ii`.
    var label: String
    /// HTML.
    var text: String
    var hasPoints: Bool
    var points: [DraftPointContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "anchored": .bool(anchored)
        case "label": .string(label)
        case "text": .string(text)
        case "has_points": .bool(hasPoints)
        case "points": .list(points)
        default: nil
        }
    }
}
