/// A stakeholder as a column of the matrix.
struct MatrixColumn: TemplateContext {
    static let fields = StakeholderLink.fields + ["kind"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    var kind: String

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        default: link.child(named: name)
        }
    }
}
