/// What the `layout` template wraps around every page: head, navigation and footer.
struct LayoutContext: TemplateContext {
    static let fields = ["lang", "dir", "alternates", "switcher", "has_switcher", "t", "record_of", "title", "page_title", "site_title", "description", "canonical", "root", "home_href", "feed_href", "search_href", "nav", "pages", "instrument", "content", "extra_head", "cite_prefix", "strings_json"]

    var lang: String
    /// `rtl` or `ltr`; absent on the pages of a site of one language written left to right
    /// (whose output predates languages and stays as it was).
    var dir: String?
    /// The page in each language it exists in, and `x-default` (none on a one-language site).
    var alternates: [LanguageAlternate]
    /// The language switcher's choices (none when the page exists in one language).
    var switcher: [LanguageChoice]
    /// The interface strings in the page's language.
    var t: InterfaceStrings
    /// The footer's line naming the instrument, in the page's language.
    var recordOf: String
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
    /// The page template's output (HTML, UTF-8).
    var content: [UInt8]
    /// HTML for `<head>`: metadata, scripts (HTML).
    var extraHead: String
    /// The document's citation, for the ¶ "Cite" action.
    var citePrefix: String?
    /// The strings of the theme's scripts in the page's language (JSON, safe in a script
    /// element); absent where they are the built-in English ones.
    var stringsJSON: String?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "lang": .string(lang)
        case "dir": dir.templateValue
        case "alternates": .list(alternates)
        case "switcher": .list(switcher)
        case "has_switcher": .bool(!switcher.isEmpty)
        case "t": .context(t)
        case "record_of": .string(recordOf)
        case "title": .string(title)
        case "page_title": .string(pageTitle)
        case "site_title": .string(siteTitle)
        case "description": .string(description)
        case "canonical": .string(canonical)
        case "root": .string(root)
        case "home_href": .string(homeHref)
        case "feed_href": .string(feedHref)
        case "search_href": .string(searchHref)
        case "nav": .list(nav)
        case "pages": .list(pages)
        case "instrument": .string(instrument)
        case "content": .utf8(content)
        case "extra_head": .string(extraHead)
        case "cite_prefix": citePrefix.templateValue
        case "strings_json": stringsJSON.templateValue
        default: nil
        }
    }
}
