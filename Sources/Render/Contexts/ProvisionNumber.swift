/// A provision's number in one draft.
struct ProvisionNumber: TemplateContext {
    static let fields = ["label", "draft"]

    /// `Art. 24`.
    var label: String
    /// The draft's title.
    var draft: String

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "draft": draft
        default: nil
        }
    }
}
