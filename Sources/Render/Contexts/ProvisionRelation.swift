/// An article another provision was split from or merged into.
struct ProvisionRelation: TemplateContext {
    static let fields = ["label", "href"]

    var label: String
    var href: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "label": .string(label)
        case "href": .string(href)
        default: nil
        }
    }
}
