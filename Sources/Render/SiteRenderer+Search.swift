import Addressing

extension SiteRenderer {
    /// `/search/`: the full search page. Results come from the index under `search/` (see
    /// docs/search.md), read by `assets/search.js`; the page says so when script is off.
    func searchPage() -> PageContent {
        let route = Route.search
        return PageContent(
            template: "search", context: SearchPageContext(root: route.root, searchHref: route.link(to: .search)),
            title: "Search", description: "Search the drafts, the positions and the stakeholders of the record.", section: route.path
        )
    }
}
