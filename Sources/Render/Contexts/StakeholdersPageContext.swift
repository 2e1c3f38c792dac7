/// The `stakeholders` template: every stakeholder, grouped by kind.
struct StakeholdersPageContext: TemplateContext {
    static let fields = ["groups", "has_groups"]

    var groups: [StakeholderKindGroup]
    var hasGroups: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "groups": groups
        case "has_groups": hasGroups
        default: nil
        }
    }
}
