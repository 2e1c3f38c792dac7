/// The `sessions` template: the timeline of sessions.
struct SessionsPageContext: TemplateContext {
    static let fields = ["sessions", "has_sessions"]

    var sessions: [SessionListEntry]
    var hasSessions: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "sessions": sessions
        case "has_sessions": hasSessions
        default: nil
        }
    }
}
