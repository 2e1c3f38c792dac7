/// How many documents of each kind the record holds, for the home page.
struct HomeCounts: TemplateContext {
    static let fields = ["drafts", "positions", "stakeholders", "sessions"]

    var drafts: Int
    var positions: Int
    var stakeholders: Int
    var sessions: Int

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "drafts": .int(drafts)
        case "positions": .int(positions)
        case "stakeholders": .int(stakeholders)
        case "sessions": .int(sessions)
        default: nil
        }
    }
}
