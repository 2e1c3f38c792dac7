/// What one stakeholder said about one provision, for the `matrix-cell` partial.
struct MatrixCell: TemplateContext {
    static let fields = ["stakeholder", "kind", "empty", "stance", "stance_label", "href", "passages", "has_passages", "has_links", "links", "proposes"]

    var stakeholder: String
    var kind: String
    /// Whether the stakeholder did not address the provision.
    var empty: Bool
    var stance: String?
    /// The stance as the page's language says it.
    var stanceLabel: String?
    /// The stakeholder's group on the provision's page (percent-encoded).
    var href: String?
    /// `3 passages`.
    var passages: String?
    var hasPassages: Bool
    /// Whether few enough passages to link each.
    var hasLinks: Bool
    var links: [PassageLink]
    /// Whether it proposes text.
    var proposes: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "stakeholder": .string(stakeholder)
        case "kind": .string(kind)
        case "empty": .bool(empty)
        case "stance": stance.templateValue
        case "stance_label": stanceLabel.templateValue
        case "href": href.templateValue
        case "passages": passages.templateValue
        case "has_passages": .bool(hasPassages)
        case "has_links": .bool(hasLinks)
        case "links": .list(links)
        case "proposes": .bool(proposes)
        default: nil
        }
    }
}
