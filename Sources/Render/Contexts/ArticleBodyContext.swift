/// An article's text where it is quoted (on a provision's page): no anchors.
struct ArticleBodyContext: TemplateContext {
    static let fields = ["content", "footnotes"]

    var content: [DraftContentContext]
    /// HTML.
    var footnotes: String

    func child(named name: String) -> Any? {
        switch name {
        case "content": content
        case "footnotes": footnotes
        default: nil
        }
    }
}
