/// The `positions` template: every document, latest first.
struct PositionsPageContext: TemplateContext {
    static let fields = ["positions", "has_positions"]

    var positions: [PositionSummary]
    var hasPositions: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "positions": positions
        case "has_positions": hasPositions
        default: nil
        }
    }
}
