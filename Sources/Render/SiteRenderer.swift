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
    /// The parsed text of every translation.
    let translations: TranslatedTexts
    /// The language of the pages being rendered (each page in another language than the
    /// default is rendered by a copy with its language).
    var language: String

    public init(
        corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison, siteMap: SiteMap, permalinks: PermalinkPlan,
        theme: Theme, translations: TranslatedTexts = TranslatedTexts()
    ) {
        self.corpus = corpus
        self.citations = citations
        self.comparison = comparison
        self.siteMap = siteMap
        self.permalinks = permalinks
        self.theme = theme
        self.translations = translations
        self.language = siteMap.defaultLanguage
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

    /// Renders every page and file of the site, handing each to `emit(path, bytes)`. The
    /// first error, of rendering or of `emit` (a full disk, say), is thrown as it is.
    public func render(emit: @Sendable (String, [UInt8]) throws -> Void) throws {
        try render(pages: { _ in true }, emit: emit)
    }

    /// Renders the pages of ``siteMap`` that `selected` accepts, and every file of the site
    /// that is not one of its pages (the matrix's exports, the sitemap, the feed, `404.html`,
    /// the redirect pages and the theme's assets), handing each to `emit(path, bytes)`: the
    /// same bytes whatever the selection. `travaux serve` renders again only the pages an
    /// edit can change, and takes the others from the site it serves.
    public func render(pages selected: (Route) -> Bool, emit: @Sendable (String, [UInt8]) throws -> Void) throws {
        let routes = siteMap.routes
        // The large single files first, so they overlap with the pages.
        let jobs: [Job] = [.matrixJSON, .matrixCSV, .sitemap, .feed, .notFound] + routes.filter(selected).map { .page($0) }
        let failures = parallelMap(jobs) { job -> Failure? in
            do {
                switch job {
                case .page(let route): try emit(route.file, try pageBytes(route))
                case .matrixJSON: try emit(SiteFile.matrixJSON.path, matrixJSON())
                case .matrixCSV: try emit(SiteFile.matrixCSV.path, Array(matrixCSV().utf8))
                case .sitemap: try emit(SiteFile.sitemap.path, Array(sitemap(routes).utf8))
                case .feed: try emit(SiteFile.feed.path, Array(feed().utf8))
                case .notFound: try emit(SiteFile.notFound.path, renderBytes(notFound(), at: .home))
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
            try emit(String(path.dropFirst()) + "index.html", Array(redirectPage(from: path, to: target).utf8))
        }
        for asset in theme.assets {
            try emit(SiteFile.asset(asset.path).path, [UInt8](asset.data))
        }
    }

    /// The HTML of one page; throws for a route that names nothing in the corpus.
    func page(_ route: Route) throws(RenderError) -> String {
        String(decoding: try pageBytes(route), as: UTF8.self)
    }

    /// The HTML of one page, as the file's bytes.
    public func pageBytes(_ route: Route) throws(RenderError) -> [UInt8] {
        renderBytes(try pageContent(route), at: route)
    }

    /// The template, context and layout settings of one page; throws for a route that names
    /// nothing in the corpus.
    func pageContent(_ route: Route) throws(RenderError) -> PageContent {
        func find<Value>(_ value: Value?) throws(RenderError) -> Value {
            guard let value else { throw .unknownPage(path: route.path) }
            return value
        }
        switch route {
        case .localized(let language, let page):
            var renderer = self
            renderer.language = language
            return try renderer.pageContent(page)
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

    /// Renders a page's template, then the layout around it.
    func render(_ page: PageContent, at route: Route) -> String {
        String(decoding: renderBytes(page, at: route), as: UTF8.self)
    }

    /// Renders a page's template, then the layout around it, as the file's bytes.
    func renderBytes(_ page: PageContent, at route: Route) -> [UInt8] {
        var renderer = self
        renderer.language = route.language ?? siteMap.defaultLanguage
        return renderer.renderBytesInLanguage(page, at: route)
    }

    /// ``renderBytes(_:at:)`` with ``language`` set to the page's.
    private func renderBytesInLanguage(_ page: PageContent, at route: Route) -> [UInt8] {
        var content: [UInt8] = []
        content.reserveCapacity(32 * 1024)
        theme.render(page.template, page.context, outer: PageScope(t: theme.interface(language)), into: &content)
        let layout = layoutContext(page, at: route, content: content)
        var html: [UInt8] = []
        html.reserveCapacity(content.count + 8 * 1024)
        theme.render("layout", layout, into: &html)
        return html
    }

    /// The sections of the site's menu.
    static let navigation: [(key: String, route: Route)] = [
        ("drafts", .drafts), ("concordance", .concordance), ("matrix", .matrix), ("positions", .positions),
        ("stakeholders", .stakeholders), ("sessions", .sessions),
    ]

    /// What the layout wraps around `content`, the output of the page's template.
    func layoutContext(_ page: PageContent, at route: Route, content: [UInt8]) -> LayoutContext {
        let site = corpus.site
        let links = pageLinks(route)
        let strings = theme.interface(language)
        return LayoutContext(
            lang: language,
            dir: site.isMultilingual || LanguageTag.direction(language) == "rtl" ? LanguageTag.direction(language) : nil,
            alternates: alternates(route),
            switcher: switcher(route),
            t: strings,
            recordOf: strings.format("record_of", ["instrument": site.instrument]),
            title: page.title == site.title ? site.title : "\(page.title) · \(site.title)",
            pageTitle: page.title,
            siteTitle: site.title,
            description: page.description ?? site.description,
            canonical: route.canonical(baseURL: site.baseURL),
            root: links.root,
            homeHref: links.link(to: .home),
            feedHref: links.root + SiteFile.feed.path,
            searchHref: links.link(to: .search),
            nav: Self.navigation.map { NavItem(label: strings[$0.key], href: links.link(to: $0.route), current: $0.route.path == page.section) },
            pages: corpus.pages.map { PageLink(title: title($0.source), href: links.link(to: .page($0.source.id))) },
            instrument: site.instrument,
            content: content,
            extraHead: page.extraHead + fragmentScript(for: "/" + route.path),
            citePrefix: page.citePrefix,
            stringsJSON: strings.scriptStringsDiffer(from: theme.interface("en")) ? strings.scriptJSON : nil
        )
    }

    /// Renders an anchored document (position or page body) for the page at `route`.
    func html(_ document: AnchoredDocument, on route: Route) -> String {
        var renderer = HTMLRenderer(options: .init(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, permalinkLabels: permalinkLabels(document)
        ))
        return renderer.render(document.document)
    }

    func html(_ document: MarkdownDocument, on route: Route) -> String {
        var renderer = HTMLRenderer(options: .init(allowRawHTML: corpus.site.rawHTML, linkRoot: route.root))
        return renderer.render(document)
    }

    /// What a screen reader says for the permalink of each passage: "Link to paragraph 3".
    func permalinkLabels(_ document: AnchoredDocument) -> [String: String] {
        let strings = theme.interface(language)
        // Split once, filled per passage (a long document has hundreds).
        let around = strings.around("link_to_passage", "number")
        return Dictionary(
            document.passages.map { passage in
                let number = String(passage.number)
                return (passage.anchor.id, around.map { $0.before + number + $0.after } ?? strings.format("link_to_passage", ["number": number]))
            },
            uniquingKeysWith: { first, _ in first }
        )
    }

    /// A stakeholder, linked from `route`.
    func stakeholderLink(_ id: String, from route: Route) -> StakeholderLink {
        let stakeholder = index.stakeholders[id]?.source
        return StakeholderLink(
            id: id, name: stakeholder.map { names($0).name } ?? id, short: stakeholder.map { names($0).short } ?? id,
            href: link(route, to: .stakeholder(id))
        )
    }

    /// A position, summarised and linked from `route`.
    func positionSummary(_ position: StructuredCorpus.Position, from route: Route) -> PositionSummary {
        let source = position.source
        return PositionSummary(
            id: source.id,
            title: title(source),
            href: link(route, to: .position(source.id)),
            date: source.date.iso,
            dateDisplay: LocalizedDate.display(source.date, in: language),
            kind: label(source.kind),
            stakeholders: source.stakeholders.map { stakeholderLink($0, from: route) }
        )
    }

    /// A draft, summarised and linked from `route`.
    func draftSummary(_ draft: StructuredCorpus.Draft, from route: Route) -> DraftSummary {
        let source = draft.source
        let articles = text(draft).parts.reduce(0) { $0 + $1.articles.count }
        return DraftSummary(
            id: source.id,
            title: title(source),
            href: link(route, to: .draft(source.id)),
            date: source.date.iso,
            dateDisplay: LocalizedDate.display(source.date, in: language),
            articles: articles,
            symbol: source.symbol,
            status: source.status,
            articlesLabel: count("articles", articles)
        )
    }

    /// A session, summarised and linked from `route`.
    func sessionSummary(_ session: Session, from route: Route) -> SessionSummary {
        SessionSummary(
            id: session.id,
            title: session.title,
            href: link(route, to: .session(session.id)),
            dates: session.displayDates,
            start: session.start.iso,
            kind: session.kind,
            place: session.place
        )
    }
}
