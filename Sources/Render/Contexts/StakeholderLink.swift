/// A stakeholder named and linked from the page being rendered.
struct StakeholderLink: TemplateContext {
    static let fields = ["id", "name", "short", "href"]

    var id: String
    var name: String
    /// The short name, or the name when it has none.
    var short: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "short": short
        case "href": href
        default: nil
        }
    }
}
