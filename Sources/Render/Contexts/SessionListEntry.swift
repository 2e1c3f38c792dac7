/// A session in the list of sessions, with its number of documents.
struct SessionListEntry: TemplateContext {
    static let fields = SessionSummary.fields + ["documents"]

    /// Answers every name not below, as a `SessionSummary`.
    var summary: SessionSummary
    /// Drafts and positions of the session.
    var documents: Int

    func child(named name: String) -> Any? {
        switch name {
        case "documents": documents
        default: summary.child(named: name)
        }
    }
}
