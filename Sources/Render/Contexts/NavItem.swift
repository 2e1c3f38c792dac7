/// An entry of the site's menu.
struct NavItem: TemplateContext {
    static let fields = ["label", "href", "current"]

    var label: String
    var href: String
    /// Whether the page being rendered is in this section.
    var current: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        default: nil
        }
    }
}
