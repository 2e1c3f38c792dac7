/// The passages of a stakeholder group beyond those quoted, listed by document.
struct MorePassages: TemplateContext {
    static let fields = ["count", "label", "documents"]

    var count: Int
    var documents: [CitingDocument]

    /// `118 more passages`, in the page's language.
    var label: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "count": .int(count)
        case "documents": .list(documents)
        case "label": .string(label)
        default: nil
        }
    }
}
