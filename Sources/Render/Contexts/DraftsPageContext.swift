/// The `drafts` template: every draft, latest first.
struct DraftsPageContext: TemplateContext {
    static let fields = ["drafts", "has_drafts"]

    var drafts: [DraftSummary]
    var hasDrafts: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "drafts": drafts
        case "has_drafts": hasDrafts
        default: nil
        }
    }
}
