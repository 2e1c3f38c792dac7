/// A free page, linked from the footer.
struct PageLink: TemplateContext {
    static let fields = ["title", "href"]

    var title: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}
