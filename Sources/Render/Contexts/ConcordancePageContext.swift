/// The `concordance` template: provisions × drafts.
struct ConcordancePageContext: TemplateContext {
    static let fields = ["drafts", "rows", "has_rows", "provision_count", "draft_count", "renumbered", "matrix_href"]

    var drafts: [ConcordanceColumn]
    var rows: [ConcordanceRow]
    var hasRows: Bool
    var provisionCount: Int
    var draftCount: Int
    /// `3 provisions changed number`.
    var renumbered: String?
    var matrixHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "drafts": drafts
        case "rows": rows
        case "has_rows": hasRows
        case "provision_count": provisionCount
        case "draft_count": draftCount
        case "renumbered": renumbered.templateValue
        case "matrix_href": matrixHref
        default: nil
        }
    }
}
