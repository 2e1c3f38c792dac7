/// The `draft` template: one draft with every anchor, its contents and the documents citing it.
struct DraftPageContext: TemplateContext {
    static let fields = DraftSummary.fields + ["text", "toc", "has_toc", "session", "source", "positions", "has_positions"]

    /// Answers every name not below, as a `DraftSummary`.
    var summary: DraftSummary
    /// The text, rendered by the `draft-text` partial.
    var text: DraftTextContext
    var toc: [DraftTocEntry]
    var hasToc: Bool
    var session: SessionSummary?
    /// The publisher's address of the draft, when it may be linked.
    var source: String?
    /// The documents citing the draft.
    var positions: [PositionSummary]
    var hasPositions: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": .context(text)
        case "toc": .list(toc)
        case "has_toc": .bool(hasToc)
        case "session": session.templateValue
        case "source": source.templateValue
        case "positions": .list(positions)
        case "has_positions": .bool(hasPositions)
        default: summary.value(named: name)
        }
    }
}
