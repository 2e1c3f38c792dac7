/// The passages of a stakeholder group beyond those quoted, listed by document.
struct MorePassages: TemplateContext {
    static let fields = ["count", "documents"]

    var count: Int
    var documents: [CitingDocument]

    func child(named name: String) -> Any? {
        switch name {
        case "count": count
        case "documents": documents
        default: nil
        }
    }
}
