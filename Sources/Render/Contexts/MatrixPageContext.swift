/// The `matrix` template: provisions × stakeholders.
struct MatrixPageContext: TemplateContext {
    static let fields = ["columns", "rows", "has_rows", "row_count", "column_count", "provision_count", "kinds", "drafts", "chapter_groups", "csv_href", "json_href", "concordance_href", "lead"]

    var columns: [MatrixColumn]
    var rows: [MatrixRow]
    var hasRows: Bool
    var rowCount: Int
    var columnCount: Int
    var provisionCount: Int
    var kinds: [FilterOption]
    var drafts: [FilterOption]
    var chapterGroups: [ChapterFilterGroup]
    var csvHref: String
    var jsonHref: String
    var concordanceHref: String

    /// The lead paragraph (HTML), in the page's language.
    var lead: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "columns": .list(columns)
        case "rows": .list(rows)
        case "has_rows": .bool(hasRows)
        case "row_count": .int(rowCount)
        case "column_count": .int(columnCount)
        case "provision_count": .int(provisionCount)
        case "kinds": .list(kinds)
        case "drafts": .list(drafts)
        case "chapter_groups": .list(chapterGroups)
        case "csv_href": .string(csvHref)
        case "json_href": .string(jsonHref)
        case "concordance_href": .string(concordanceHref)
        case "lead": .string(lead)
        default: nil
        }
    }
}
