import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Markdown
import Permalinks
import Structure

/// The render stage: turns the structured corpus into the pages of the site through the theme.
///
/// Pages are independent, so they render in parallel; each is handed to `emit` as soon as it
/// is done (the write stage stores it), which keeps memory flat on large records.
public struct SiteRenderer: Sendable {
    let corpus: StructuredCorpus
    let citations: CitationIndex
    let comparison: Comparison
    let theme: Theme
    let index: CorpusIndex
    /// The index in the concordance of each provision key.
    let provisionByKey: [String: Int]
    /// Redirects and fragment moves to honour (set before ``render(emit:)``).
    public var permalinks = PermalinkPlan()

    public init(corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison, theme: Theme) {
        self.corpus = corpus
        self.citations = citations
        self.comparison = comparison
        self.theme = theme
        self.index = CorpusIndex(corpus)
        self.provisionByKey = Dictionary(
            comparison.concordance.provisions.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first }
        )
    }

    /// Every page of the site, sorted by path.
    public var routes: [Route] {
        var routes: [Route] = [.home, .drafts, .positions, .stakeholders, .sessions, .articles, .concordance, .matrix, .search]
        routes += corpus.drafts.map { .draft($0.source.id) }
        routes += corpus.positions.map { .position($0.source.id) }
        routes += corpus.stakeholders.map { .stakeholder($0.source.id) }
        routes += corpus.sessions.map { .session($0.id) }
        routes += corpus.pages.map { .page($0.source.id) }
        routes += comparison.concordance.provisions.map { .article($0.key) }
        return routes.sorted { $0.path < $1.path }
    }

    /// The files and folders (ending in `/`) the site writes that are not pages, from the root.
    public static let reservedPaths = ["/404.html", "/assets/", "/feed.xml", "/matrix.csv", "/matrix.json", "/search/", "/sitemap.xml"]

    /// A file the render stage writes.
    enum Job: Sendable {
        case page(Route)
        case matrixCSV, matrixJSON, sitemap, feed, notFound
    }

    /// Renders every page and file of the site, handing each to `emit(path, data)`.
    public func render(emit: @Sendable (String, Data) throws -> Void) throws {
        let routes = self.routes
        // The large single files first, so they overlap with the pages.
        let jobs: [Job] = [.matrixJSON, .matrixCSV, .sitemap, .feed, .notFound] + routes.map { .page($0) }
        let failures = parallelMap(jobs) { job -> String? in
            do {
                switch job {
                case .page(let route): try emit(route.file, Data(try page(route).utf8))
                case .matrixJSON: try emit("matrix.json", Data(matrixJSON().utf8))
                case .matrixCSV: try emit("matrix.csv", Data(matrixCSV().utf8))
                case .sitemap: try emit("sitemap.xml", Data(sitemap(routes).utf8))
                case .feed: try emit("feed.xml", Data(feed().utf8))
                case .notFound: try emit("404.html", Data(notFound().utf8))
                }
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw RenderError.template(path: "output", line: nil, message: failure)
        }
        for (path, target) in permalinks.redirectPages.sorted(by: { $0.key < $1.key }) {
            try emit(String(path.dropFirst()) + "index.html", Data(redirectPage(from: path, to: target).utf8))
        }
        for asset in theme.assets {
            try emit("assets/" + asset.path, asset.data)
        }
    }

    /// The HTML of one page; throws for a route that names nothing in the corpus.
    func page(_ route: Route) throws(RenderError) -> String {
        func find<Value>(_ value: Value?) throws(RenderError) -> Value {
            guard let value else { throw .unknownPage(path: route.path) }
            return value
        }
        switch route {
        case .home: return home()
        case .drafts: return draftList()
        case .draft(let id): return draft(try find(index.drafts[id]))
        case .positions: return positionList()
        case .position(let id): return position(try find(index.positions[id]))
        case .stakeholders: return stakeholderList()
        case .stakeholder(let id): return stakeholder(try find(index.stakeholders[id]))
        case .sessions: return sessionList()
        case .session(let id): return session(try find(index.sessions[id]))
        case .page(let id): return freePage(try find(index.pages[id]))
        case .articles: return articleList()
        case .article(let key): return article(try find(provisionByKey[key]))
        case .concordance: return concordancePage()
        case .matrix: return matrixPage()
        case .search: return searchPage()
        }
    }

    /// Wraps a page's content in the layout template.
    func layout(
        _ route: Route, title: String, description: String? = nil, section: String, content: String,
        extraHead: String = "", citePrefix: String? = nil
    ) -> String {
        let site = corpus.site
        let navigation: [(String, Route)] = [
            ("Drafts", .drafts), ("Concordance", .concordance), ("Matrix", .matrix), ("Positions", .positions),
            ("Stakeholders", .stakeholders), ("Sessions", .sessions),
        ]
        let context: [String: Any] = [
            "lang": site.language,
            "title": title == site.title ? site.title : "\(title) · \(site.title)",
            "page_title": title,
            "site_title": site.title,
            "description": description ?? site.description,
            "canonical": route.canonical(baseURL: site.baseURL),
            "root": route.root,
            "home_href": route.link(to: .home),
            "feed_href": route.root + "feed.xml",
            "search_href": route.link(to: .search),
            "nav": navigation.map { label, target in
                ["label": label, "href": route.link(to: target), "current": target.path == section] as [String: Any]
            },
            "pages": corpus.pages.map { page in
                ["title": page.source.title, "href": route.link(to: .page(page.source.id))]
            },
            "instrument": site.instrument,
            "content": content,
            "cite_prefix": Self.optional(citePrefix),
            "extra_head": extraHead + fragmentScript(for: "/" + route.path),
        ]
        return theme.render("layout", context)
    }

    /// Renders an anchored document (position or page body) for the page at `route`.
    func html(_ document: AnchoredDocument, on route: Route) -> String {
        html(document.document, on: route)
    }

    func html(_ document: MarkdownDocument, on route: Route) -> String {
        var renderer = HTMLRenderer(options: .init(allowRawHTML: corpus.site.rawHTML, linkRoot: route.root))
        return renderer.render(document)
    }

    /// An optional value for a template: absent values are `NSNull`, which hides a section
    /// without letting Mustache find a key of the same name in an outer context.
    static func optional(_ value: Any?) -> Any {
        value ?? NSNull()
    }

    /// Link data for a stakeholder, from `route`.
    func stakeholderLink(_ id: String, from route: Route) -> [String: Any] {
        let stakeholder = index.stakeholders[id]?.source
        return [
            "id": id,
            "name": stakeholder?.name ?? id,
            "short": stakeholder?.displayShort ?? id,
            "href": route.link(to: .stakeholder(id)),
        ]
    }

    /// Summary data for a position, from `route`.
    func positionSummary(_ position: StructuredCorpus.Position, from route: Route) -> [String: Any] {
        let source = position.source
        return [
            "id": source.id,
            "title": source.title,
            "href": route.link(to: .position(source.id)),
            "date": source.date.iso,
            "date_display": source.date.display,
            "kind": source.kind.label,
            "stakeholders": source.stakeholders.map { stakeholderLink($0, from: route) },
        ]
    }

    /// Summary data for a draft, from `route`.
    func draftSummary(_ draft: StructuredCorpus.Draft, from route: Route) -> [String: Any] {
        let source = draft.source
        var summary: [String: Any] = [
            "id": source.id,
            "title": source.title,
            "href": route.link(to: .draft(source.id)),
            "date": source.date.iso,
            "date_display": source.date.display,
            "articles": draft.text.articles.count,
        ]
        summary["symbol"] = Self.optional(source.symbol)
        summary["status"] = Self.optional(source.status)
        return summary
    }

    /// Summary data for a session, from `route`.
    func sessionSummary(_ session: Session, from route: Route) -> [String: Any] {
        let summary: [String: Any] = [
            "place": Self.optional(session.place),
            "id": session.id,
            "title": session.title,
            "href": route.link(to: .session(session.id)),
            "dates": session.displayDates,
            "start": session.start.iso,
            "kind": session.kind,
        ]
        return summary
    }
}
