import Addressing
import Testing
@testable import Render

/// The drafts and a draft's page: its metadata, table of contents, the link from each
/// article to its page across drafts, and the documents citing it.
@Suite struct DraftPagesTests {
    @Test func aDraftSaysItsDateSymbolStatusSessionAndSource() throws {
        let html = try RenderFixture.renderer().html(.draft("first-draft"))
        #expect(html.contains("""
            <dt>Date</dt><dd><time datetime="2021">2021</time></dd>
            <dt>Symbol</dt><dd class="symbol">A/AC.1/1</dd>
            <dt>Status</dt><dd>outline</dd>
            <dt>Session</dt><dd><a href="../../sessions/first/index.html">First session</a></dd>
            <dt>Source</dt><dd><a href="https://example.org/first-draft.pdf" rel="external">https://example.org/first-draft.pdf</a></dd>
            """))
        #expect(html.contains("<meta name=\"travaux-cite\" content=\"First draft (A/AC.1/1)\">"))
    }

    @Test func theContentsListThePartsAndTheirArticles() throws {
        let renderer = try RenderFixture.renderer()
        let draft = try #require(renderer.index.drafts["first-draft"])
        let toc = renderer.tableOfContents(draft.text)
        #expect(toc.map(\.label) == ["Preamble", "Articles", "Chapter II. Criminalization", "Final clauses"])
        #expect(toc.map(\.anchor) == ["preamble", nil, "chp_II", nil])
        #expect(toc[2].articles.map(\.label) == ["Article 5. Interception and interference", "Article 6. Misuse of devices", "Article 9"])
        let html = try renderer.html(.draft("first-draft"))
        #expect(html.contains("<li>Articles\n<ol>\n<li><a href=\"#art_1\">Article 1. Purpose</a></li>\n</ol>\n</li>\n"))
        #expect(html.contains("<li><a href=\"#preamble\">Preamble</a>\n\n\n</li>\n"))
    }

    @Test func eachArticleLinksToItsPageAcrossDrafts() throws {
        let renderer = try RenderFixture.renderer()
        let links = renderer.provisionLinks(try #require(renderer.index.drafts["first-draft"]), from: .draft("first-draft"))
        #expect(links[.article("5")]?.label == "Across drafts (3 versions)")
        #expect(links[.article("10")]?.label == "Provision page")
        #expect(links[.article("10")]?.href == "../../articles/signature/index.html")
    }

    @Test func theDocumentsCitingADraftAreListed() throws {
        let html = try RenderFixture.renderer().html(.draft("third-draft"))
        #expect(html.contains("<h2 id=\"cited-by-heading\">Documents citing this draft</h2>"))
        #expect(html.contains("<li><a href=\"../../positions/joint-note/index.html\">Joint note</a> <span class=\"byline\"><span class=\"stakeholder\">ACME</span> <span class=\"stakeholder\">Freedonia</span> · <time datetime=\"2023-08\">August 2023</time></span></li>"))
        #expect(!(try RenderFixture.renderer().html(.draft("first-draft")).contains("Documents citing this draft")))
    }

    @Test func theListOfDraftsIsLatestFirst() throws {
        let html = try RenderFixture.renderer().html(.drafts)
        #expect(html.contains("<li><a href=\"../drafts/third-draft/index.html\">Third draft</a> <span class=\"byline\"><time datetime=\"2023\">2023</time> · 2 articles</span></li>\n<li><a href=\"../drafts/second-draft/index.html\">Second draft</a>"))
        #expect(html.contains("<meta name=\"description\" content=\"Every draft of the Convention on Testing, with citable anchors.\">"))
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(SiteRenderer.isPublishableURL("https://example.org/a.pdf"))
        #expect(!SiteRenderer.isPublishableURL("javascript:alert(1)"))
        #expect(!SiteRenderer.isPublishableURL("file:///etc/passwd"))
        #expect(!SiteRenderer.isPublishableURL("example.org"))
    }
}
