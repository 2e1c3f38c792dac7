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

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "anchored": anchored
        case "label": label
        case "text": text
        case "has_points": hasPoints
        case "points": points
        default: nil
        }
    }
}
