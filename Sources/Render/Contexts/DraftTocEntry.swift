/// A chapter, annex or the preamble in a draft's table of contents.
struct DraftTocEntry: TemplateContext {
    static let fields = ["anchor", "label", "articles", "has_articles"]

    /// Absent for a part without anchor (articles outside any chapter).
    var anchor: String?
    var label: String
    var articles: [DraftTocArticle]
    var hasArticles: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor.templateValue
        case "label": label
        case "articles": articles
        case "has_articles": hasArticles
        default: nil
        }
    }
}
