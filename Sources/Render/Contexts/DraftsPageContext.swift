/// The `drafts` template: every draft, latest first.
struct DraftsPageContext: TemplateContext {
    static let fields = ["drafts", "has_drafts"]

    var drafts: [DraftSummary]
    var hasDrafts: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "drafts": .list(drafts)
        case "has_drafts": .bool(hasDrafts)
        default: nil
        }
    }
}
