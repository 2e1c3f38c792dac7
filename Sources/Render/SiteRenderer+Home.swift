import Addressing
import Structure

extension SiteRenderer {
    /// How many documents the home page lists as latest.
    static let latestCount = 10

    /// `/`: the negotiation at a glance: sessions timeline, drafts, latest documents.
    func home() -> PageContent {
        let route = here(Route.home)
        let site = corpus.site
        let latest = corpus.positions.reversed().prefix(Self.latestCount).map { positionSummary($0, from: route) }
        let context = HomePageContext(
            title: site.title,
            description: site.description,
            instrument: site.instrument,
            sessions: corpus.sessions.map { sessionSummary($0, from: route) },
            hasSessions: !corpus.sessions.isEmpty,
            drafts: corpus.drafts.reversed().map { draftSummary($0, from: route) },
            hasDrafts: !corpus.drafts.isEmpty,
            latest: latest,
            hasLatest: !latest.isEmpty,
            counts: HomeCounts(
                drafts: corpus.drafts.count, positions: corpus.positions.count,
                stakeholders: corpus.stakeholders.count, sessions: corpus.sessions.count
            ),
            positionsHref: link(route, to: .positions),
            draftsHref: link(route, to: .drafts),
            stakeholdersHref: link(route, to: .stakeholders),
            sessionsHref: link(route, to: .sessions)
        )
        return PageContent(template: "home", context: context, title: site.title, section: route.page.path)
    }
}
