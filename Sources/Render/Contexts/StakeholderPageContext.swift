/// The `stakeholder` template: who a stakeholder is, its documents and its stances.
struct StakeholderPageContext: TemplateContext {
    static let fields = ["name", "short", "kind", "url", "description", "positions", "has_positions", "stances", "has_stances", "matrix_href"]

    var name: String
    var short: String?
    var kind: String
    var url: String?
    /// The stakeholder's Markdown body (HTML).
    var description: String
    var positions: [PositionSummary]
    var hasPositions: Bool
    var stances: [StakeholderStance]
    var hasStances: Bool
    var matrixHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "short": short.templateValue
        case "kind": kind
        case "url": url.templateValue
        case "description": description
        case "positions": positions
        case "has_positions": hasPositions
        case "stances": stances
        case "has_stances": hasStances
        case "matrix_href": matrixHref
        default: nil
        }
    }
}
