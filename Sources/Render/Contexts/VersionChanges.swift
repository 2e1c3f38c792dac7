/// The changes from a provision's previous version.
struct VersionChanges: TemplateContext {
    static let fields = ["from", "summary", "renaming", "redline"]

    /// The previous draft and number.
    var from: String
    var summary: String
    var renaming: String?
    /// Deleted and inserted words in `<del>` and `<ins>` (HTML).
    var redline: String?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "from": .string(from)
        case "summary": .string(summary)
        case "renaming": renaming.templateValue
        case "redline": redline.templateValue
        default: nil
        }
    }
}
