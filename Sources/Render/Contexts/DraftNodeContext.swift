/// A run of text, a block, or a list of points, for the `draft-nodes` partial.
struct DraftNodeContext: TemplateContext {
    static let fields = ["text", "block", "has_points", "points"]

    /// HTML.
    var text: String?
    /// HTML.
    var block: String?
    var hasPoints: Bool
    var points: [DraftPointContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": text.templateValue
        case "block": block.templateValue
        case "has_points": .bool(hasPoints)
        case "points": .list(points)
        default: nil
        }
    }
}
