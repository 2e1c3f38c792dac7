import Addressing
import Corpus
import Structure

extension SiteRenderer {
    /// `/sessions/`: the timeline of sessions, with their drafts and documents.
    func sessionList() -> String {
        let route = Route.sessions
        let sessions = corpus.sessions.map { session -> [String: Any] in
            var summary = sessionSummary(session, from: route)
            summary["documents"] = (index.positionsBySession[session.id]?.count ?? 0) + (index.draftsBySession[session.id]?.count ?? 0)
            return summary
        }
        let content = theme.render("sessions", ["sessions": sessions, "has_sessions": !sessions.isEmpty])
        return layout(route, title: "Sessions", description: "The sessions and meetings of the negotiation.", section: route.path, content: content)
    }

    /// `/sessions/<id>/`: one session, its drafts and documents.
    func session(_ session: Session) -> String {
        let route = Route.session(session.id)
        var context = sessionSummary(session, from: route)
        context["description"] = Self.optional(session.description)
        let drafts = (index.draftsBySession[session.id] ?? []).map { draftSummary($0, from: route) }
        let positions = (index.positionsBySession[session.id] ?? []).map { positionSummary($0, from: route) }
        context["drafts"] = drafts
        context["has_drafts"] = !drafts.isEmpty
        context["positions"] = positions
        context["has_positions"] = !positions.isEmpty
        let content = theme.render("session", context)
        var description = "\(session.title), \(session.displayDates)"
        if let place = session.place { description += ", \(place)" }
        return layout(route, title: session.title, description: description + ".", section: Route.sessions.path, content: content)
    }
}
