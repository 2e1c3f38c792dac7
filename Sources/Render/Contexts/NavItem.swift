/// An entry of the site's menu.
struct NavItem: TemplateContext {
    static let fields = ["label", "href", "current"]

    var label: String
    var href: String
    /// Whether the page being rendered is in this section.
    var current: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": .string(label)
        case "href": .string(href)
        case "current": .bool(current)
        default: nil
        }
    }
}
