import Parallel

/// Every page of the site and the anchors each one publishes, decided from the record
/// before anything is rendered: what `anchors.lock` records, what the permalink check
/// compares against the lock and the redirects, and the pages the render stage writes.
///
/// The rules of the URL scheme live here: which lists exist, that a draft publishes every
/// anchor of its text, a position or page every heading and passage, and a provision's page
/// the text of each draft it is in (`/articles/<key>/#<draft>`).
public struct SiteMap: Sendable {
    /// A document with the anchors it publishes, in document order.
    public struct Document: Sendable {
        public var id: String
        public var anchors: [Anchor]

        public init(id: String, anchors: [Anchor]) {
            self.id = id
            self.anchors = anchors
        }
    }

    /// A provision's page: its key and the drafts it is in.
    public struct Provision: Sendable {
        public var key: String
        public var drafts: [String]

        public init(key: String, drafts: [String]) {
            self.key = key
            self.drafts = drafts
        }
    }

    /// Every page, sorted by path.
    public let routes: [Route]
    /// The anchors each page publishes (pages without anchors are absent).
    public let anchors: [Route: [Anchor]]

    public init(
        drafts: [Document], positions: [Document], pages: [Document], stakeholders: [String], sessions: [String],
        provisions: [Provision]
    ) {
        var anchors: [Route: [Anchor]] = [:]
        for draft in drafts { anchors[.draft(draft.id)] = draft.anchors }
        for position in positions { anchors[.position(position.id)] = position.anchors }
        for page in pages { anchors[.page(page.id)] = page.anchors }
        for provision in provisions { anchors[.article(provision.key)] = provision.drafts.map(Anchor.version) }
        var routes: [Route] = [.home, .drafts, .positions, .stakeholders, .sessions, .articles, .concordance, .matrix, .search]
        routes += drafts.map { .draft($0.id) }
        routes += positions.map { .position($0.id) }
        routes += stakeholders.map { .stakeholder($0) }
        routes += sessions.map { .session($0) }
        routes += pages.map { .page($0.id) }
        routes += provisions.map { .article($0.key) }
        self.routes = routes.sorted { $0.path < $1.path }
        self.anchors = anchors
    }

    /// Every address the site publishes (`/drafts/x/`, `/drafts/x/#art_24`): each page's,
    /// and each of its anchors'.
    public func addresses() -> Set<String> {
        // Positions hold most anchors of a large record: addresses are spelled in parallel.
        let lists = parallelMap(routes) { route -> [String] in
            [route.address()] + (anchors[route] ?? []).map { route.address($0) }
        }
        var addresses: Set<String> = []
        addresses.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists { addresses.formUnion(list) }
        return addresses
    }
}
