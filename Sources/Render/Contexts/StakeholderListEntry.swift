/// A stakeholder in the list of stakeholders, with its number of documents.
struct StakeholderListEntry: TemplateContext {
    static let fields = StakeholderLink.fields + ["count", "has_documents"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    var count: Int
    var hasDocuments: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "count": count
        case "has_documents": hasDocuments
        default: link.child(named: name)
        }
    }
}
