/// The `not-found` template: the page static hosts serve for unknown addresses.
struct NotFoundPageContext: TemplateContext {
    static let fields = ["home_href"]

    var homeHref: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "home_href": .string(homeHref)
        default: nil
        }
    }
}
