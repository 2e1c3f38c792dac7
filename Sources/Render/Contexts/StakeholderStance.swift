/// What one stakeholder said about one provision, on its page.
struct StakeholderStance: TemplateContext {
    static let fields = ["title", "numbers", "href", "stance", "notes", "passages", "proposals", "has_proposals"]

    var title: String
    /// `Art. 4 → Art. 5`.
    var numbers: String
    var href: String
    var stance: String
    var notes: [String]
    /// `3 passages`.
    var passages: String
    var proposals: Int
    var hasProposals: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "numbers": numbers
        case "href": href
        case "stance": stance
        case "notes": notes
        case "passages": passages
        case "proposals": proposals
        case "has_proposals": hasProposals
        default: nil
        }
    }
}
