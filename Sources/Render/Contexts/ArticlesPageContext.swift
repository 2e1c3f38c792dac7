/// The `articles` template: every provision, in the order of the latest draft.
struct ArticlesPageContext: TemplateContext {
    static let fields = ["provisions", "has_provisions", "concordance_href", "matrix_href"]

    var provisions: [ProvisionSummary]
    var hasProvisions: Bool
    var concordanceHref: String
    var matrixHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "provisions": provisions
        case "has_provisions": hasProvisions
        case "concordance_href": concordanceHref
        case "matrix_href": matrixHref
        default: nil
        }
    }
}
