/// A free page, linked from the footer.
struct PageLink: TemplateContext {
    static let fields = ["title", "href"]

    var title: String
    var href: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "href": .string(href)
        default: nil
        }
    }
}
