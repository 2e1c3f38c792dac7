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

    func child(named name: String) -> Any? {
        switch name {
        case "who": who
        case "title": title
        case "date": date
        case "date_display": dateDisplay
        case "href": href
        case "target": target
        case "target_href": targetHref
        case "draft_title": draftTitle
        case "redline": redline
        case "summary": summary
        default: nil
        }
    }
}
