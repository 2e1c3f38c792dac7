/// A chapter, annex or the preamble in a draft's table of contents.
struct DraftTocEntry: TemplateContext {
    static let fields = ["anchor", "label", "articles", "has_articles"]

    /// Absent for a part without anchor (articles outside any chapter).
    var anchor: String?
    var label: String
    var articles: [DraftTocArticle]
    var hasArticles: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": anchor.templateValue
        case "label": .string(label)
        case "articles": .list(articles)
        case "has_articles": .bool(hasArticles)
        default: nil
        }
    }
}
