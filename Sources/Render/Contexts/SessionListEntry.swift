/// A session in the list of sessions, with its number of documents.
struct SessionListEntry: TemplateContext {
    static let fields = SessionSummary.fields + ["documents"]

    /// Answers every name not below, as a `SessionSummary`.
    var summary: SessionSummary
    /// Drafts and positions of the session.
    var documents: Int

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "documents": .int(documents)
        default: summary.value(named: name)
        }
    }
}
