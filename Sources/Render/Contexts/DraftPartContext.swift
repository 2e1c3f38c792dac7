/// A chapter, an annex, or the articles outside any, for the `draft-part` partial.
struct DraftPartContext: TemplateContext {
    static let fields = ["wrapped", "kind", "anchor", "heading", "heading_text", "intro", "articles"]

    /// Whether it is a section with a heading (not the articles outside any chapter).
    var wrapped: Bool
    /// `chapter`, `annex`, `untitled` or `other`.
    var kind: String
    var anchor: String?
    /// HTML.
    var heading: String
    /// The heading as plain text.
    var headingText: String
    /// Text before the first article (HTML).
    var intro: String
    var articles: [DraftArticleContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "wrapped": .bool(wrapped)
        case "kind": .string(kind)
        case "anchor": anchor.templateValue
        case "heading": .string(heading)
        case "heading_text": .string(headingText)
        case "intro": .string(intro)
        case "articles": .list(articles)
        default: nil
        }
    }
}
