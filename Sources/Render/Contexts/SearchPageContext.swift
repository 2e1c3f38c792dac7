/// The `search` template: the search page, which `search.js` fills.
struct SearchPageContext: TemplateContext {
    static let fields = ["root", "search_href"]

    var root: String
    var searchHref: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "root": .string(root)
        case "search_href": .string(searchHref)
        default: nil
        }
    }
}
