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
        // A language prefix (`/fr/...`): two or three lowercase letters, then the page.
        if Self.pages[parts[0]] == nil, Self.lists[parts[0]] == nil, Self.isLanguagePrefix(parts[0]) {
            let rest = "/" + parts.dropFirst().joined(separator: "/") + (parts.count > 1 ? "/" : "")
            guard let page = Route(address: rest), page.language == nil else { return nil }
            self = .localized(parts[0], page)
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

    /// Whether a first folder names a language (`fr`, `zh`, `pt-br`): what `/<lang>/` holds.
    static func isLanguagePrefix(_ folder: String) -> Bool {
        let parts = folder.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.utf8.count) else { return false }
        let isLower: (UInt8) -> Bool = { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        let isAlphanumeric: (UInt8) -> Bool = { isLower($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return primary.utf8.allSatisfy(isLower) && parts.dropFirst().allSatisfy { (2...8).contains($0.utf8.count) && $0.utf8.allSatisfy(isAlphanumeric) }
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
