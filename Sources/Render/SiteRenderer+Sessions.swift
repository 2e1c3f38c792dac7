import Addressing
import Corpus
import Structure

extension SiteRenderer {
    /// `/sessions/`: the timeline of sessions, with their drafts and documents.
    func sessionList() -> PageContent {
        let route = here(Route.sessions)
        let sessions = corpus.sessions.map { session in
            SessionListEntry(
                summary: sessionSummary(session, from: route),
                documents: (index.positionsBySession[session.id]?.count ?? 0) + (index.draftsBySession[session.id]?.count ?? 0)
            )
        }
        return PageContent(
            template: "sessions", context: SessionsPageContext(sessions: sessions, hasSessions: !sessions.isEmpty),
            title: word("sessions"), description: word("description_sessions"), section: route.page.path
        )
    }

    /// `/sessions/<id>/`: one session, its drafts and documents.
    func session(_ session: Session) -> PageContent {
        let route = here(Route.session(session.id))
        let drafts = (index.draftsBySession[session.id] ?? []).map { draftSummary($0, from: route) }
        let positions = (index.positionsBySession[session.id] ?? []).map { positionSummary($0, from: route) }
        let context = SessionPageContext(
            summary: sessionSummary(session, from: route),
            description: session.description,
            drafts: drafts,
            hasDrafts: !drafts.isEmpty,
            positions: positions,
            hasPositions: !positions.isEmpty
        )
        var description = "\(session.title), \(session.displayDates)"
        if let place = session.place { description += ", \(place)" }
        return PageContent(
            template: "session", context: context, title: session.title, description: description + ".", section: Route.sessions.path
        )
    }
}
