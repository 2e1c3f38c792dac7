/// A provision's number in one draft.
struct ProvisionNumber: TemplateContext {
    static let fields = ["label", "draft"]

    /// `Art. 24`.
    var label: String
    /// The draft's title.
    var draft: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": .string(label)
        case "draft": .string(draft)
        default: nil
        }
    }
}
