/// Text a position proposes for a provision, on the provision's page.
struct ProposalSummary: TemplateContext {
    static let fields = ["who", "title", "date", "date_display", "href", "target", "target_href", "draft_title", "redline", "summary"]

    var who: String
    var title: String
    var date: String
    var dateDisplay: String
    /// The proposal in its position.
    var href: String
    /// The provision it amends: `Art. 24(2)`.
    var target: String
    var targetHref: String
    var draftTitle: String
    /// The proposal against the draft's words (HTML).
    var redline: String
    var summary: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "who": .string(who)
        case "title": .string(title)
        case "date": .string(date)
        case "date_display": .string(dateDisplay)
        case "href": .string(href)
        case "target": .string(target)
        case "target_href": .string(targetHref)
        case "draft_title": .string(draftTitle)
        case "redline": .string(redline)
        case "summary": .string(summary)
        default: nil
        }
    }
}
