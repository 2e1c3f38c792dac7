/// What one stakeholder said about a provision: its stances and the passages citing it.
struct ProvisionStakeholderGroup: TemplateContext {
    static let fields = StakeholderLink.fields + ["anchor", "stance", "stances", "has_stances", "passages", "more", "count"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    /// The group's section id: `by_<stakeholder>`.
    var anchor: String
    var stance: String
    var stances: [StanceEntry]
    var hasStances: Bool
    /// The passages quoted: `citing-passage`.
    var passages: [CitingPassage]
    /// The passages listed by document when there are many.
    var more: MorePassages?
    /// `3 passages`.
    var count: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "stance": stance
        case "stances": stances
        case "has_stances": hasStances
        case "passages": passages
        case "more": more.templateValue
        case "count": count
        default: link.child(named: name)
        }
    }
}
