/// The `home` template: the negotiation at a glance.
struct HomePageContext: TemplateContext {
    static let fields = ["title", "description", "instrument", "sessions", "has_sessions", "drafts", "has_drafts", "latest", "has_latest", "counts", "positions_href", "drafts_href", "stakeholders_href", "sessions_href"]

    var title: String
    var description: String
    var instrument: String
    var sessions: [SessionSummary]
    var hasSessions: Bool
    /// Latest first.
    var drafts: [DraftSummary]
    var hasDrafts: Bool
    /// The latest documents.
    var latest: [PositionSummary]
    var hasLatest: Bool
    var counts: HomeCounts
    var positionsHref: String
    var draftsHref: String
    var stakeholdersHref: String
    var sessionsHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "instrument": instrument
        case "sessions": sessions
        case "has_sessions": hasSessions
        case "drafts": drafts
        case "has_drafts": hasDrafts
        case "latest": latest
        case "has_latest": hasLatest
        case "counts": counts
        case "positions_href": positionsHref
        case "drafts_href": draftsHref
        case "stakeholders_href": stakeholdersHref
        case "sessions_href": sessionsHref
        default: nil
        }
    }
}
