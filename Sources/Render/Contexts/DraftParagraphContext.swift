/// A numbered paragraph of an article.
struct DraftParagraphContext: TemplateContext {
    static let fields = ["anchor", "anchored", "article", "number", "nodes"]

    var anchor: String
    /// Whether it carries its id and permalink (not where an article is quoted).
    var anchored: Bool
    /// The article's number.
    var article: String
    var number: Int
    var nodes: [DraftNodeContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "anchored": .bool(anchored)
        case "article": .string(article)
        case "number": .int(number)
        case "nodes": .list(nodes)
        default: nil
        }
    }
}
