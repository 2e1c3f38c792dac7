/// What one stakeholder said about a provision: its stances and the passages citing it.
struct ProvisionStakeholderGroup: TemplateContext {
    static let fields = StakeholderLink.fields + ["anchor", "stance", "stance_label", "stances", "has_stances", "passages", "more", "count"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    /// The group's section id: `by_<stakeholder>`.
    var anchor: String
    var stance: String
    /// The stance as the page's language says it.
    var stanceLabel: String
    var stances: [StanceEntry]
    var hasStances: Bool
    /// The passages quoted: `citing-passage`.
    var passages: [CitingPassage]
    /// The passages listed by document when there are many.
    var more: MorePassages?
    /// `3 passages`.
    var count: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "stance": .string(stance)
        case "stance_label": .string(stanceLabel)
        case "stances": .list(stances)
        case "has_stances": .bool(hasStances)
        case "passages": .list(passages)
        case "more": more.templateValue
        case "count": .string(count)
        default: link.value(named: name)
        }
    }
}
