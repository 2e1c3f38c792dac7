import Addressing

extension SiteRenderer {
    /// `/search/`: the full search page. Results come from the index under `search/` (see
    /// docs/search.md), read by `assets/search.js`; the page says so when script is off.
    func searchPage() -> PageContent {
        let route = here(Route.search)
        return PageContent(
            template: "search", context: SearchPageContext(root: route.root, searchHref: link(route, to: .search)),
            title: word("search"), description: word("description_search"), section: route.page.path
        )
    }
}
