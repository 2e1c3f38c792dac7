/// The `sessions` template: the timeline of sessions.
struct SessionsPageContext: TemplateContext {
    static let fields = ["sessions", "has_sessions"]

    var sessions: [SessionListEntry]
    var hasSessions: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "sessions": .list(sessions)
        case "has_sessions": .bool(hasSessions)
        default: nil
        }
    }
}
