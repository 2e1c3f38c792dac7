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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "name": .string(self.name)
        case "short": short.templateValue
        case "kind": .string(kind)
        case "url": url.templateValue
        case "description": .string(description)
        case "positions": .list(positions)
        case "has_positions": .bool(hasPositions)
        case "stances": .list(stances)
        case "has_stances": .bool(hasStances)
        case "matrix_href": .string(matrixHref)
        default: nil
        }
    }
}
