/// The `positions` template: every document, latest first.
struct PositionsPageContext: TemplateContext {
    static let fields = ["positions", "has_positions"]

    var positions: [PositionSummary]
    var hasPositions: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "positions": .list(positions)
        case "has_positions": .bool(hasPositions)
        default: nil
        }
    }
}
