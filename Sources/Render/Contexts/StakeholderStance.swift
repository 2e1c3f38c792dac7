/// What one stakeholder said about one provision, on its page.
struct StakeholderStance: TemplateContext {
    static let fields = ["title", "numbers", "href", "stance", "stance_label", "notes", "passages", "proposals", "has_proposals"]

    var title: String
    /// `Art. 4 → Art. 5`.
    var numbers: String
    var href: String
    var stance: String
    /// The stance as the page's language says it.
    var stanceLabel: String
    var notes: [String]
    /// `3 passages`.
    var passages: String
    var proposals: Int
    var hasProposals: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "numbers": .string(numbers)
        case "href": .string(href)
        case "stance": .string(stance)
        case "stance_label": .string(stanceLabel)
        case "notes": .list(notes)
        case "passages": .string(passages)
        case "proposals": .int(proposals)
        case "has_proposals": .bool(hasProposals)
        default: nil
        }
    }
}
