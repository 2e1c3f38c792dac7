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

    func child(named name: String) -> Any? {
        switch name {
        case "description": description.templateValue
        case "drafts": drafts
        case "has_drafts": hasDrafts
        case "positions": positions
        case "has_positions": hasPositions
        default: summary.child(named: name)
        }
    }
}
