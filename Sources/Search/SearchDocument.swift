/// One entry of the index: a draft article or paragraph, a passage or heading of a position
/// or page, a stakeholder, a whole document. What a result links to and shows.
///
/// A class: hundreds of thousands are made on all cores, then listed in document order and
/// read again, so that listing one copies a reference rather than its seven fields.
final class SearchDocument: Sendable {
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
    struct Run: Sendable, Equatable {
        var text: String
        var emphasized: Bool
    }

    /// The link, relative to the site root (`positions/icc/#p_14`; `fr/positions/icc/#p_14`
    /// in another language's index).
    let url: String
    /// The title shown in the results.
    let title: String
    /// The title indexed with title weight: the document's own title or heading; empty for
    /// a passage, whose shown title is its section's.
    let indexedTitle: String
    /// A line of context: stakeholders, document, date, paragraph.
    let context: String
    let body: [Run]
    /// The provisions the passage cites, as the numbers of their citation terms (`~<key>`,
    /// `~<key>/2`…, docs/search.md) in ``SearchCollector/citationTermNames``: numbers, so that
    /// the threads reading them share no reference count.
    let citationTerms: [Int32]

    init(url: String, title: String, indexedTitle: String, context: String, body: [Run], citationTerms: [Int32] = []) {
        self.url = url
        self.title = title
        self.indexedTitle = indexedTitle
        self.context = context
        self.body = body
        self.citationTerms = citationTerms
    }

    /// The same document linked at `url`.
    func linked(_ url: String) -> SearchDocument {
        SearchDocument(url: url, title: title, indexedTitle: indexedTitle, context: context, body: body, citationTerms: citationTerms)
    }

    /// The body as plain text.
    var text: String { body.map(\.text).joined() }

    /// Whether `other` holds the same fields, text compared as bytes (as the index reads it).
    func sameContent(as other: SearchDocument) -> Bool {
        self === other || (url.utf8.elementsEqual(other.url.utf8) && title.utf8.elementsEqual(other.title.utf8)
            && indexedTitle.utf8.elementsEqual(other.indexedTitle.utf8) && context.utf8.elementsEqual(other.context.utf8)
            && citationTerms == other.citationTerms && body.count == other.body.count
            && zip(body, other.body).allSatisfy { $0.emphasized == $1.emphasized && $0.text.utf8.elementsEqual($1.text.utf8) })
    }
}
