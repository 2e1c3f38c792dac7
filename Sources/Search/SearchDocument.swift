/// One entry of the index: a draft article or paragraph, a passage or heading of a position
/// or page, a stakeholder, a whole document. What a result links to and shows.
struct SearchDocument: Sendable {
    /// The kind facet; the raw value is the code the postings carry.
    enum Kind: Int, Sendable, CaseIterable {
        case draft, position, stakeholder, page

        /// The facet value and its label.
        var facet: (id: String, label: String) {
            switch self {
            case .draft: ("draft", "Draft text")
            case .position: ("position", "Position")
            case .stakeholder: ("stakeholder", "Stakeholder")
            case .page: ("page", "Page")
            }
        }
    }

    /// A run of body text, emphasised (bold or italic) or not.
    struct Run: Sendable {
        var text: String
        var emphasized: Bool
    }

    /// The link, relative to the site root (`positions/icc/#p_14`).
    var url: String
    /// The title shown in the results.
    var title: String
    /// The title indexed with title weight: the document's own title or heading; empty for
    /// a passage, whose shown title is its section's.
    var indexedTitle: String
    /// A line of context: stakeholders, document, date, paragraph.
    var context: String
    var body: [Run]
    /// `~<key>`, `~<key>/2`…: the provisions the passage cites (docs/search.md).
    var citationTerms: [String] = []

    /// The body as plain text.
    var text: String { body.map(\.text).joined() }
}
