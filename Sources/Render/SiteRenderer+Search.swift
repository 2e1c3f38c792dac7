import Addressing
extension SiteRenderer {
    /// `/search/`: the full search page. Results come from the index under `search/` (see
    /// docs/search.md), read by `assets/search.js`; the page says so when script is off.
    func searchPage() -> String {
        let route = Route.search
        let content = theme.render("search", [
            "root": route.root,
            "search_href": route.link(to: .search),
        ])
        return layout(route, title: "Search", description: "Search the drafts, the positions and the stakeholders of the record.", section: route.path, content: content)
    }
}
