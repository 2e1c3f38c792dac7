/// A stakeholder as a column of the matrix.
struct MatrixColumn: TemplateContext {
    static let fields = StakeholderLink.fields + ["kind"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    var kind: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "kind": .string(kind)
        default: link.value(named: name)
        }
    }
}
