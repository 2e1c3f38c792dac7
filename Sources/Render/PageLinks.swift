import Addressing

/// Links from one page, written as ``Addressing/Route/link(to:anchor:)`` writes them, with
/// the page's relative root worked out once: pages that link to hundreds of passages (an
/// article cited thousands of times) build their links in a loop.
struct PageLinks {
    let route: Route
    /// `route.root`: `../../` for `positions/x/`.
    let root: String
    /// The site's pages, to link to a page in the reader's language where it exists.
    let siteMap: SiteMap?
    /// The language of the page the links are on.
    let language: String

    init(from route: Route, siteMap: SiteMap? = nil, language: String = "") {
        self.route = route
        root = route.root
        self.siteMap = siteMap
        self.language = language
    }

    /// The link to `target` without its fragment: `""` for the page itself.
    func base(_ target: Route) -> String {
        let target = siteMap?.route(target, in: language) ?? target
        return target == route ? "" : root + target.file
    }

    /// The link to `target`, or to one of its anchors: `link(route, to: target, anchor: anchor)`.
    func link(to target: Route, anchor: Anchor? = nil) -> String {
        let base = base(target)
        guard let anchor else { return base.isEmpty ? "index.html" : base }
        return base + "#" + anchor.id
    }
}
