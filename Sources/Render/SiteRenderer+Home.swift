import Addressing
import Structure

extension SiteRenderer {
    /// How many documents the home page lists as latest.
    static let latestCount = 10

    /// `/`: the negotiation at a glance: sessions timeline, drafts, latest documents.
    func home() -> String {
        let route = Route.home
        let site = corpus.site
        let latest = corpus.positions.reversed().prefix(Self.latestCount).map { positionSummary($0, from: route) }
        let context: [String: Any] = [
            "title": site.title,
            "description": site.description,
            "instrument": site.instrument,
            "sessions": corpus.sessions.map { sessionSummary($0, from: route) },
            "has_sessions": !corpus.sessions.isEmpty,
            "drafts": corpus.drafts.reversed().map { draftSummary($0, from: route) },
            "has_drafts": !corpus.drafts.isEmpty,
            "latest": latest,
            "has_latest": !latest.isEmpty,
            "counts": [
                "drafts": corpus.drafts.count,
                "positions": corpus.positions.count,
                "stakeholders": corpus.stakeholders.count,
                "sessions": corpus.sessions.count,
            ],
            "positions_href": route.link(to: .positions),
            "drafts_href": route.link(to: .drafts),
            "stakeholders_href": route.link(to: .stakeholders),
            "sessions_href": route.link(to: .sessions),
        ]
        return layout(route, title: site.title, section: route.path, content: theme.render("home", context))
    }
}
