/// A stakeholder named and linked from the page being rendered.
struct StakeholderLink: TemplateContext {
    static let fields = ["id", "name", "short", "href"]

    var id: String
    var name: String
    /// The short name, or the name when it has none.
    var short: String
    var href: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "id": .string(id)
        case "name": .string(self.name)
        case "short": .string(short)
        case "href": .string(href)
        default: nil
        }
    }
}
