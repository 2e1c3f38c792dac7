/// What the `layout` template wraps around every page: head, navigation and footer.
struct LayoutContext: TemplateContext {
    static let fields = ["lang", "title", "page_title", "site_title", "description", "canonical", "root", "home_href", "feed_href", "search_href", "nav", "pages", "instrument", "content", "extra_head", "cite_prefix"]

    var lang: String
    /// The `<title>`: the page's title and the site's.
    var title: String
    var pageTitle: String
    var siteTitle: String
    var description: String
    var canonical: String
    /// The relative path to the site root: `../../`.
    var root: String
    var homeHref: String
    var feedHref: String
    var searchHref: String
    var nav: [NavItem]
    var pages: [PageLink]
    var instrument: String
    /// The page template's output (HTML).
    var content: String
    /// HTML for `<head>`: metadata, scripts (HTML).
    var extraHead: String
    /// The document's citation, for the ¶ "Cite" action.
    var citePrefix: String?

    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "page_title": pageTitle
        case "site_title": siteTitle
        case "description": description
        case "canonical": canonical
        case "root": root
        case "home_href": homeHref
        case "feed_href": feedHref
        case "search_href": searchHref
        case "nav": nav
        case "pages": pages
        case "instrument": instrument
        case "content": content
        case "extra_head": extraHead
        case "cite_prefix": citePrefix.templateValue
        default: nil
        }
    }
}
