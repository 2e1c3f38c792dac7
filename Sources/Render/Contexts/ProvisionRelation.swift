/// An article another provision was split from or merged into.
struct ProvisionRelation: TemplateContext {
    static let fields = ["label", "href"]

    var label: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        default: nil
        }
    }
}
