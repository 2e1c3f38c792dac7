extension Route {
    /// The page at a site path as the lock and redirects write it (`/drafts/zero-draft/`), or
    /// `nil` when no page has that path.
    public init?(address path: String) {
        guard path.hasPrefix("/"), path.hasSuffix("/") else { return nil }
        let parts = path.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if path == "/" {
            self = .home
            return
        }
        if parts.count == 1, let route = Self.lists[parts[0]] {
            self = route
            return
        }
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        guard let make = Self.pages[parts[0]] else { return nil }
        self = make(parts[1])
    }

    /// The list pages, by their folder.
    private static let lists: [String: Route] = [
        "drafts": .drafts, "positions": .positions, "stakeholders": .stakeholders, "sessions": .sessions,
        "articles": .articles, "concordance": .concordance, "matrix": .matrix, "search": .search,
    ]

    /// The pages of one thing, by their folder.
    private static let pages: [String: @Sendable (String) -> Route] = [
        "drafts": Route.draft, "positions": Route.position, "stakeholders": Route.stakeholder,
        "sessions": Route.session, "pages": Route.page, "articles": Route.article,
    ]
}
