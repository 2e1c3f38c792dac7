/// The `not-found` template: the page static hosts serve for unknown addresses.
struct NotFoundPageContext: TemplateContext {
    static let fields = ["home_href"]

    var homeHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "home_href": homeHref
        default: nil
        }
    }
}
