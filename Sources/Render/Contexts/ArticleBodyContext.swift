/// An article's text where it is quoted (on a provision's page): no anchors.
struct ArticleBodyContext: TemplateContext {
    static let fields = ["content", "footnotes"]

    var content: [DraftContentContext]
    /// HTML.
    var footnotes: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "content": .list(content)
        case "footnotes": .string(footnotes)
        default: nil
        }
    }
}
