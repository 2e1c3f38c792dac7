/// The passages of a stakeholder group beyond those quoted, listed by document.
struct MorePassages: TemplateContext {
    static let fields = ["count", "documents"]

    var count: Int
    var documents: [CitingDocument]

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "count": .int(count)
        case "documents": .list(documents)
        default: nil
        }
    }
}
