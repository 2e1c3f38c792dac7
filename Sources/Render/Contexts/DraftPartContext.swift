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

    func child(named name: String) -> Any? {
        switch name {
        case "wrapped": wrapped
        case "kind": kind
        case "anchor": anchor.templateValue
        case "heading": heading
        case "heading_text": headingText
        case "intro": intro
        case "articles": articles
        default: nil
        }
    }
}
