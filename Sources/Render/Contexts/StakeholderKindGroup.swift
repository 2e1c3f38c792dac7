/// The stakeholders of one kind (states, organisations, ...).
struct StakeholderKindGroup: TemplateContext {
    static let fields = ["kind", "stakeholders"]

    var kind: String
    var stakeholders: [StakeholderListEntry]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "kind": .string(kind)
        case "stakeholders": .list(stakeholders)
        default: nil
        }
    }
}
