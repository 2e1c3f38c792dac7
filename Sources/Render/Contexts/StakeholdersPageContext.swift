/// The `stakeholders` template: every stakeholder, grouped by kind.
struct StakeholdersPageContext: TemplateContext {
    static let fields = ["groups", "has_groups"]

    var groups: [StakeholderKindGroup]
    var hasGroups: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "groups": .list(groups)
        case "has_groups": .bool(hasGroups)
        default: nil
        }
    }
}
