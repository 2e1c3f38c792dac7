/// How many documents of each kind the record holds, for the home page.
struct HomeCounts: TemplateContext {
    static let fields = ["drafts", "positions", "stakeholders", "sessions"]

    var drafts: Int
    var positions: Int
    var stakeholders: Int
    var sessions: Int

    func child(named name: String) -> Any? {
        switch name {
        case "drafts": drafts
        case "positions": positions
        case "stakeholders": stakeholders
        case "sessions": sessions
        default: nil
        }
    }
}
