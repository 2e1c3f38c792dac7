import Addressing
import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Permalinks
import Testing
@testable import Render
import Structure

/// The render stage as one value made from decided addresses: what it writes, and that a
/// failure to write is reported as what it is.
@Suite struct SiteRendererTests {
    /// A renderer for a record holding one draft and one position, in a temporary folder.
    static func renderer() throws -> SiteRenderer {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-render-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let files = [
            "content/site.yml": "title: T\nbase_url: https://example.org/\n",
            "content/stakeholders/acme.md": "---\nname: Acme\n---\n",
            "content/drafts/zero.md": "---\ntitle: Zero draft\ndate: \"2023\"\n---\n## Article 1. Scope\n1. One.\n",
            "content/positions/acme-1.md": "---\ntitle: Views\nstakeholder: acme\ndate: \"2023-05\"\ndraft: zero\n---\nWe support Article 1(1).\n",
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let corpus = try #require(try ContentLoader(siteDirectory: site).load().corpus)
        let (structured, _) = Structurer.structure(corpus)
        let (linked, citations, _) = CitationStage.link(structured)
        let (comparison, _) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        let siteMap = SiteMap(
            drafts: linked.drafts.map { .init(id: $0.source.id, anchors: $0.text.anchors) },
            positions: linked.positions.map { .init(id: $0.source.id, anchors: $0.document.anchors) },
            pages: [], stakeholders: linked.stakeholders.map(\.source.id), sessions: [],
            provisions: comparison.concordance.provisions.map { .init(key: $0.key, drafts: $0.versions.map(\.draftID)) }
        )
        let theme = try Theme.load(siteDirectory: site, name: "default")
        return SiteRenderer(corpus: linked, citations: citations, comparison: comparison, siteMap: siteMap, permalinks: PermalinkPlan(), theme: theme)
    }

    /// What a full disk says.
    struct DiskFull: Error, Equatable {}

    @Test func aFailureToWriteIsThrownAsItIsNotAsATemplateError() throws {
        let renderer = try Self.renderer()
        #expect(throws: DiskFull.self) {
            try renderer.render { path, _ in
                if path == Route.draft("zero").file { throw DiskFull() }
            }
        }
    }

    @Test func writesEveryPageOfTheSiteMapAndTheSiteFiles() throws {
        let renderer = try Self.renderer()
        let written = Written()
        try renderer.render { path, _ in written.add(path) }
        let paths = written.paths
        for route in renderer.siteMap.routes { #expect(paths.contains(route.file), "\(route.file)") }
        for file in [SiteFile.sitemap, .feed, .notFound, .matrixCSV, .matrixJSON, .asset("style.css")] {
            #expect(paths.contains(file.path), "\(file.path)")
        }
    }

    @Test func theLayoutTitlesThePageMarksItsSectionAndLinksEverythingFromItsDepth() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.page(.draft("first-draft"))
        #expect(html.contains("<title>First draft · Test record</title>"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/record/drafts/first-draft/\">"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        #expect(html.contains("<li><a href=\"../../drafts/index.html\" aria-current=\"page\">Drafts</a></li>\n<li><a href=\"../../concordance/index.html\">Concordance</a></li>"))
        #expect(html.contains("<li><a href=\"../../pages/about/index.html\">About</a></li>"))
        #expect(html.contains("<meta name=\"travaux-cite\" content=\"First draft (A/AC.1/1)\">\n<script"))
        #expect(html.contains("<p>The negotiation record of the Convention on Testing.</p>"))
        // A page without a description of its own has the site's, and no citation.
        let home = try renderer.page(.home)
        #expect(home.contains("<meta name=\"description\" content=\"A record for the render tests.\">"))
        #expect(!home.contains("travaux-cite"))
        #expect(!home.contains("aria-current"))
    }

    @Test func theLayoutContextIsBuiltOncePerPageFromThePagesSettings() throws {
        let renderer = try RenderFixture.renderer()
        let page = try renderer.pageContent(.matrix)
        let layout = renderer.layoutContext(page, at: .matrix, content: Array("<p>x</p>".utf8))
        #expect(layout.title == "Matrix · Test record" && layout.pageTitle == "Matrix")
        #expect(layout.nav.filter(\.current).map(\.label) == ["Matrix"])
        #expect(layout.extraHead == "<script src=\"../assets/matrix.js\" defer></script>")
        #expect(layout.citePrefix == nil && layout.value(named: "cite_prefix")?.isAbsent == true)
        #expect(layout.root == "../" && layout.content == Array("<p>x</p>".utf8))
    }

    /// Pages of the fixture site as swift-mustache rendered them (`travaux build` before the
    /// engine was replaced), in `Golden/`: the draft's partials, recursive points included,
    /// the matrix's cells, an article's versions and citing passages, the concordance.
    @Test(arguments: [
        (Route.home, "home"), (.draft("zero-draft"), "drafts-zero-draft"), (.matrix, "matrix"), (.article("article-1"), "articles-article-1"),
        (.concordance, "concordance"), (.position("acme-2023-11-key-positions"), "positions-acme-2023-11-key-positions"),
        (.stakeholder("acme-ngo"), "stakeholders-acme-ngo"),
    ])
    func pagesAreByteForByteWhatSwiftMustacheRendered(_ route: Route, _ golden: String) throws {
        let renderer = try RenderFixture.renderer(site: RenderFixture.fixtureSite)
        let expected = try Data(contentsOf: RenderFixture.repository.appendingPathComponent("Tests/RenderTests/Golden/\(golden).html"))
        let bytes = try renderer.pageBytes(route)
        #expect(bytes == Array(expected), "\(route.path) differs from Golden/\(golden).html")
    }

    /// The paths handed to `emit`, from any thread.
    final class Written: @unchecked Sendable {
        private let lock = NSLock()
        private var set: Set<String> = []
        func add(_ path: String) { lock.withLock { _ = set.insert(path) } }
        var paths: Set<String> { lock.withLock { set } }
    }
}
