/// The stakeholders of one kind (states, organisations, ...).
struct StakeholderKindGroup: TemplateContext {
    static let fields = ["kind", "stakeholders"]

    var kind: String
    var stakeholders: [StakeholderListEntry]

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "stakeholders": stakeholders
        default: nil
        }
    }
}
