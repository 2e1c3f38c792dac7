/// The `search` template: the search page, which `search.js` fills.
struct SearchPageContext: TemplateContext {
    static let fields = ["root", "search_href"]

    var root: String
    var searchHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "search_href": searchHref
        default: nil
        }
    }
}
