/// A document of the record (a draft, a position, a stakeholder, a page or a session) with
/// its facet values and its entries in the index, in document order.
struct SearchSource: Sendable {
    var kind: SearchDocument.Kind
    /// Indices into the stakeholder facet values, sorted.
    var stakeholders: [Int] = []
    var draft: Int?
    var session: Int?
    /// `YYYY-MM-DD`, the first day of the source's (partial) date.
    var date: String?
    var documents: [SearchDocument] = []
}

extension SearchSource {
    /// A source's facet values and the number of its documents, without the documents.
    struct Summary: Sendable {
        var kind: SearchDocument.Kind
        var stakeholders: [Int]
        var draft: Int?
        var session: Int?
        var date: String?
        var documentCount: Int
    }

    var summary: Summary {
        Summary(kind: kind, stakeholders: stakeholders, draft: draft, session: session, date: date, documentCount: documents.count)
    }
}
