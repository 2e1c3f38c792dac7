import Addressing

/// Links from one page, written as ``Addressing/Route/link(to:anchor:)`` writes them, with
/// the page's relative root worked out once: pages that link to hundreds of passages (an
/// article cited thousands of times) build their links in a loop.
struct PageLinks {
    let route: Route
    /// `route.root`: `../../` for `positions/x/`.
    let root: String

    init(from route: Route) {
        self.route = route
        root = route.root
    }

    /// The link to `target` without its fragment: `""` for the page itself.
    func base(_ target: Route) -> String {
        target == route ? "" : root + target.file
    }

    /// The link to `target`, or to one of its anchors: `route.link(to: target, anchor: anchor)`.
    func link(to target: Route, anchor: Anchor? = nil) -> String {
        let base = base(target)
        guard let anchor else { return base.isEmpty ? "index.html" : base }
        return base + "#" + anchor.id
    }
}
