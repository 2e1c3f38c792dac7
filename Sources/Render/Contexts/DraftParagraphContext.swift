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

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "anchored": anchored
        case "article": article
        case "number": number
        case "nodes": nodes
        default: nil
        }
    }
}
