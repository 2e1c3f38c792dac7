/// The `article` template: one provision across drafts, the text proposed for it and who cited it.
struct ArticlePageContext: TemplateContext {
    static let fields = ["title", "key", "versions", "split_from", "merged_into", "proposals", "has_proposals", "groups", "has_groups", "concordance_href"]

    var title: String
    var key: String
    var versions: [ProvisionVersionContext]
    var splitFrom: ProvisionRelation?
    var mergedInto: ProvisionRelation?
    var proposals: [ProposalSummary]
    var hasProposals: Bool
    /// The citing passages, by stakeholder.
    var groups: [ProvisionStakeholderGroup]
    var hasGroups: Bool
    var concordanceHref: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "key": .string(key)
        case "versions": .list(versions)
        case "split_from": splitFrom.templateValue
        case "merged_into": mergedInto.templateValue
        case "proposals": .list(proposals)
        case "has_proposals": .bool(hasProposals)
        case "groups": .list(groups)
        case "has_groups": .bool(hasGroups)
        case "concordance_href": .string(concordanceHref)
        default: nil
        }
    }
}
