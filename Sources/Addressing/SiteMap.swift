import Parallel

/// Every page of the site and the anchors each one publishes, decided from the record
/// before anything is rendered: what `anchors.lock` records, what the permalink check
/// compares against the lock and the redirects, and the pages the render stage writes.
///
/// The rules of the URL scheme live here: which lists exist, that a draft publishes every
/// anchor of its text, a position or page every heading and passage, and a provision's page
/// the text of each draft it is in (`/articles/<key>/#<draft>`).
public struct SiteMap: Sendable {
    /// A document with the anchors it publishes, in document order, and the languages it
    /// exists in.
    public struct Document: Sendable {
        public var id: String
        public var anchors: [Anchor]
        /// The language it is written in; `nil` for the site's default.
        public var language: String?
        /// Its translations: each language with the anchors that version publishes (a
        /// draft's are the original's; a position's its own passages).
        public var translations: [(language: String, anchors: [Anchor])]

        public init(id: String, anchors: [Anchor], language: String? = nil, translations: [(language: String, anchors: [Anchor])] = []) {
            self.id = id
            self.anchors = anchors
            self.language = language
            self.translations = translations
        }

        /// The languages the document exists in, its own first.
        func languages(default defaultLanguage: String) -> [String] {
            [language ?? defaultLanguage] + translations.map(\.language)
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
    /// The site's languages, the default first (docs/languages.md).
    public let languages: [String]
    /// The languages of each document's page (by its route without language), its own
    /// first; absent for a page in every language (lists, sessions, provisions) and a
    /// document in the default language alone.
    let documentLanguages: [Route: [String]]

    /// The pages of a site of `languages` (the default first): lists, sessions and
    /// provisions in every language, each document in each language it exists in, the
    /// default at `/...`, the others under `/<language>/...`. `stakeholderLanguages` gives
    /// the languages of a stakeholder with translations (its own first).
    public init(
        drafts: [Document], positions: [Document], pages: [Document], stakeholders: [String], sessions: [String],
        provisions: [Provision], languages: [String] = ["en"], stakeholderLanguages: [String: [String]] = [:]
    ) {
        let defaultLanguage = languages.first ?? "en"
        var anchors: [Route: [Anchor]] = [:]
        var routes: [Route] = []
        var documentLanguages: [Route: [String]] = [:]
        func add(_ page: Route, in language: String, anchors pageAnchors: [Anchor]?) {
            let route = page.inLanguage(language, default: defaultLanguage)
            routes.append(route)
            if let pageAnchors { anchors[route] = pageAnchors }
        }
        func addDocuments(_ documents: [Document], _ make: (String) -> Route) {
            for document in documents {
                let page = make(document.id)
                add(page, in: document.language ?? defaultLanguage, anchors: document.anchors)
                for translation in document.translations { add(page, in: translation.language, anchors: translation.anchors) }
                let own = document.languages(default: defaultLanguage)
                if own != [defaultLanguage] { documentLanguages[page] = own }
            }
        }
        addDocuments(drafts, Route.draft)
        addDocuments(positions, Route.position)
        addDocuments(pages, Route.page)
        for stakeholder in stakeholders {
            let own = stakeholderLanguages[stakeholder] ?? [defaultLanguage]
            for language in own { add(.stakeholder(stakeholder), in: language, anchors: nil) }
            if own != [defaultLanguage] { documentLanguages[.stakeholder(stakeholder)] = own }
        }
        for language in languages.isEmpty ? [defaultLanguage] : languages {
            for list: Route in [.home, .drafts, .positions, .stakeholders, .sessions, .articles, .concordance, .matrix, .search] {
                add(list, in: language, anchors: nil)
            }
            for session in sessions { add(.session(session), in: language, anchors: nil) }
            for provision in provisions { add(.article(provision.key), in: language, anchors: provision.drafts.map(Anchor.version)) }
        }
        self.routes = routes.sorted { $0.path < $1.path }
        self.anchors = anchors
        self.languages = languages.isEmpty ? [defaultLanguage] : languages
        self.documentLanguages = documentLanguages
    }

    /// The site's default language.
    public var defaultLanguage: String { languages[0] }

    /// The languages `page` (a route without language) exists in, in the site's order: the
    /// language switcher's choices and the `hreflang` alternates.
    public func languages(of page: Route) -> [String] {
        guard let own = documentLanguages[page.page] else {
            switch page.page {
            case .draft, .position, .page, .stakeholder: return [defaultLanguage]
            default: return languages
            }
        }
        return languages.filter(own.contains)
    }

    /// The address of `page` for a reader of `language`: in that language where the page
    /// exists in it, else in the language it is written in (its original).
    public func route(_ page: Route, in language: String) -> Route {
        let page = page.page
        if let own = documentLanguages[page] {
            return page.inLanguage(own.contains(language) ? language : own[0], default: defaultLanguage)
        }
        switch page {
        case .draft, .position, .page, .stakeholder: return page
        default: return page.inLanguage(languages.contains(language) ? language : defaultLanguage, default: defaultLanguage)
        }
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
