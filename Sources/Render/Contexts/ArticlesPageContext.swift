/// The `articles` template: every provision, in the order of the latest draft.
struct ArticlesPageContext: TemplateContext {
    static let fields = ["provisions", "has_provisions", "concordance_href", "matrix_href"]

    var provisions: [ProvisionSummary]
    var hasProvisions: Bool
    var concordanceHref: String
    var matrixHref: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "provisions": .list(provisions)
        case "has_provisions": .bool(hasProvisions)
        case "concordance_href": .string(concordanceHref)
        case "matrix_href": .string(matrixHref)
        default: nil
        }
    }
}
