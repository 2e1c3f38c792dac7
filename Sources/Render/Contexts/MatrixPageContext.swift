/// The `matrix` template: provisions × stakeholders.
struct MatrixPageContext: TemplateContext {
    static let fields = ["columns", "rows", "has_rows", "row_count", "column_count", "provision_count", "kinds", "drafts", "chapter_groups", "csv_href", "json_href", "concordance_href"]

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

    func child(named name: String) -> Any? {
        switch name {
        case "columns": columns
        case "rows": rows
        case "has_rows": hasRows
        case "row_count": rowCount
        case "column_count": columnCount
        case "provision_count": provisionCount
        case "kinds": kinds
        case "drafts": drafts
        case "chapter_groups": chapterGroups
        case "csv_href": csvHref
        case "json_href": jsonHref
        case "concordance_href": concordanceHref
        default: nil
        }
    }
}
