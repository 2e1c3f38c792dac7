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
