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

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "heading": heading
        case "draft_title": draftTitle
        case "draft_symbol": draftSymbol.templateValue
        case "date": date
        case "date_display": dateDisplay
        case "href": href
        case "chapter": chapter.templateValue
        case "basis": basis.templateValue
        case "number_only": numberOnly
        case "body": body.templateValue
        case "has_body": hasBody
        case "changes": changes.templateValue
        default: nil
        }
    }
}
