/// The `concordance` template: provisions × drafts.
struct ConcordancePageContext: TemplateContext {
    static let fields = ["drafts", "rows", "has_rows", "provision_count", "draft_count", "renumbered", "matrix_href", "lead"]

    var drafts: [ConcordanceColumn]
    var rows: [ConcordanceRow]
    var hasRows: Bool
    var provisionCount: Int
    var draftCount: Int
    /// `3 provisions changed number`.
    var renumbered: String?
    var matrixHref: String

    /// The lead paragraph (HTML), in the page's language.
    var lead: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "drafts": .list(drafts)
        case "rows": .list(rows)
        case "has_rows": .bool(hasRows)
        case "provision_count": .int(provisionCount)
        case "draft_count": .int(draftCount)
        case "renumbered": renumbered.templateValue
        case "matrix_href": .string(matrixHref)
        case "lead": .string(lead)
        default: nil
        }
    }
}
