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

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "key": key
        case "versions": versions
        case "split_from": splitFrom.templateValue
        case "merged_into": mergedInto.templateValue
        case "proposals": proposals
        case "has_proposals": hasProposals
        case "groups": groups
        case "has_groups": hasGroups
        case "concordance_href": concordanceHref
        default: nil
        }
    }
}
