/// The `session` template: one session, its drafts and documents.
struct SessionPageContext: TemplateContext {
    static let fields = SessionSummary.fields + ["description", "drafts", "has_drafts", "positions", "has_positions"]

    /// Answers every name not below, as a `SessionSummary`.
    var summary: SessionSummary
    var description: String?
    var drafts: [DraftSummary]
    var hasDrafts: Bool
    var positions: [PositionSummary]
    var hasPositions: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "description": description.templateValue
        case "drafts": .list(drafts)
        case "has_drafts": .bool(hasDrafts)
        case "positions": .list(positions)
        case "has_positions": .bool(hasPositions)
        default: summary.value(named: name)
        }
    }
}
