/// A stakeholder in the list of stakeholders, with its number of documents.
struct StakeholderListEntry: TemplateContext {
    static let fields = StakeholderLink.fields + ["count", "documents", "has_documents"]

    /// Answers every name not below, as a `StakeholderLink`.
    var link: StakeholderLink
    var count: Int
    var hasDocuments: Bool

    /// `2 documents`, in the page's language.
    var documents: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "count": .int(count)
        case "has_documents": .bool(hasDocuments)
        case "documents": .string(documents)
        default: link.value(named: name)
        }
    }
}
