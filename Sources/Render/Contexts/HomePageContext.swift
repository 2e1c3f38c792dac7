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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "description": .string(description)
        case "instrument": .string(instrument)
        case "sessions": .list(sessions)
        case "has_sessions": .bool(hasSessions)
        case "drafts": .list(drafts)
        case "has_drafts": .bool(hasDrafts)
        case "latest": .list(latest)
        case "has_latest": .bool(hasLatest)
        case "counts": .context(counts)
        case "positions_href": .string(positionsHref)
        case "drafts_href": .string(draftsHref)
        case "stakeholders_href": .string(stakeholdersHref)
        case "sessions_href": .string(sessionsHref)
        default: nil
        }
    }
}
