/// A provision as one draft has it, with the changes since the draft before.
struct ProvisionVersionContext: TemplateContext {
    static let fields = ["id", "heading", "draft_title", "draft_symbol", "date", "date_display", "href", "chapter", "basis", "number_only", "body", "has_body", "changes"]

    /// The draft's id: the section's anchor.
    var id: String
    /// `Article 24. Title`.
    var heading: String
    var draftTitle: String
    var draftSymbol: String?
    var date: String
    var dateDisplay: String
    /// The article in the draft.
    var href: String
    var chapter: String?
    /// How the article was aligned with the previous draft's.
    var basis: String?
    /// Whether on the article number alone.
    var numberOnly: Bool
    /// The article's text: absent when the record lacks the article.
    var body: ArticleBodyContext?
    /// Whether the record holds its words.
    var hasBody: Bool
    /// Absent for the first version.
    var changes: VersionChanges?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": .string(id)
        case "heading": .string(heading)
        case "draft_title": .string(draftTitle)
        case "draft_symbol": draftSymbol.templateValue
        case "date": .string(date)
        case "date_display": .string(dateDisplay)
        case "href": .string(href)
        case "chapter": chapter.templateValue
        case "basis": basis.templateValue
        case "number_only": .bool(numberOnly)
        case "body": body.templateValue
        case "has_body": .bool(hasBody)
        case "changes": changes.templateValue
        default: nil
        }
    }
}
