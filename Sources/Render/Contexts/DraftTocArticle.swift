/// An article in a draft's table of contents.
struct DraftTocArticle: TemplateContext {
    static let fields = ["anchor", "label"]

    var anchor: String
    /// `Article 24. Title`.
    var label: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        default: nil
        }
    }
}
