/// An article in a draft's table of contents.
struct DraftTocArticle: TemplateContext {
    static let fields = ["anchor", "label"]

    var anchor: String
    /// `Article 24. Title`.
    var label: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "label": .string(label)
        default: nil
        }
    }
}
