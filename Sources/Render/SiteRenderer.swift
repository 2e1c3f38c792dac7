import Parallel
import Addressing
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
/// An immutable value made once, with everything decided before it: the pages and anchors
/// of the site (``SiteMap``) and the redirects and moved fragments to honour
/// (``PermalinkPlan``). Pages are independent, so they render in parallel; each is handed
/// to `emit` as soon as it is done (the write stage stores it), which keeps memory flat on
/// large records.
public struct SiteRenderer: Sendable {
    let corpus: StructuredCorpus
    let citations: CitationIndex
    let comparison: Comparison
    /// Every page of the site, and the anchors each publishes.
    let siteMap: SiteMap
    /// Redirects and fragment moves to honour.
    let permalinks: PermalinkPlan
    let theme: Theme
    let index: CorpusIndex
    /// The index in the concordance of each provision key.
    let provisionByKey: [String: Int]

    public init(
        corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison, siteMap: SiteMap, permalinks: PermalinkPlan,
        theme: Theme
    ) {
        self.corpus = corpus
        self.citations = citations
        self.comparison = comparison
        self.siteMap = siteMap
        self.permalinks = permalinks
        self.theme = theme
        self.index = CorpusIndex(corpus)
        self.provisionByKey = Dictionary(
            comparison.concordance.provisions.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first }
        )
    }

    /// An error of one job, carried out of the parallel render (errors are not `Sendable`
    /// as such; each is created and read on one thread at a time).
    struct Failure: @unchecked Sendable {
        let error: any Error
    }

    /// A file the render stage writes.
    enum Job: Sendable {
        case page(Route)
        case matrixCSV, matrixJSON, sitemap, feed, notFound
    }

    /// Renders every page and file of the site, handing each to `emit(path, data)`. The first
    /// error, of rendering or of `emit` (a full disk, say), is thrown as it is.
    public func render(emit: @Sendable (String, Data) throws -> Void) throws {
        let routes = siteMap.routes
        // The large single files first, so they overlap with the pages.
        let jobs: [Job] = [.matrixJSON, .matrixCSV, .sitemap, .feed, .notFound] + routes.map { .page($0) }
        let failures = parallelMap(jobs) { job -> Failure? in
            do {
                switch job {
                case .page(let route): try emit(route.file, Data(try page(route).utf8))
                case .matrixJSON: try emit(SiteFile.matrixJSON.path, Data(matrixJSON().utf8))
                case .matrixCSV: try emit(SiteFile.matrixCSV.path, Data(matrixCSV().utf8))
                case .sitemap: try emit(SiteFile.sitemap.path, Data(sitemap(routes).utf8))
                case .feed: try emit(SiteFile.feed.path, Data(feed().utf8))
                case .notFound: try emit(SiteFile.notFound.path, Data(notFound().utf8))
                }
                return nil
            } catch {
                return Failure(error: error)
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw failure.error
        }
        for (path, target) in permalinks.redirectPages.sorted(by: { $0.key < $1.key }) {
            try emit(String(path.dropFirst()) + "index.html", Data(redirectPage(from: path, to: target).utf8))
        }
        for asset in theme.assets {
            try emit(SiteFile.asset(asset.path).path, asset.data)
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
            "feed_href": route.link(to: SiteFile.feed),
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
        var renderer = HTMLRenderer(options: .init(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, permalinkLabels: Self.permalinkLabels(document)
        ))
        return renderer.render(document.document)
    }

    func html(_ document: MarkdownDocument, on route: Route) -> String {
        var renderer = HTMLRenderer(options: .init(allowRawHTML: corpus.site.rawHTML, linkRoot: route.root))
        return renderer.render(document)
    }

    /// What a screen reader says for the permalink of each passage: "Link to paragraph 3".
    static func permalinkLabels(_ document: AnchoredDocument) -> [String: String] {
        Dictionary(document.passages.map { ($0.anchor.id, "Link to paragraph \($0.number)") }, uniquingKeysWith: { first, _ in first })
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
