import Addressing
import Testing
@testable import Render

/// The sitemap and the Atom feed: every page's canonical address; the documents latest
/// first, dated from the content, never from the clock.
@Suite struct FeedsTests {
    @Test func theSitemapListsTheCanonicalAddressOfEveryPageInOrder() throws {
        let renderer = try RenderFixture.renderer()
        let sitemap = renderer.sitemap([.home, .draft("first-draft"), .article("a&b")])
        #expect(sitemap == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/record/</loc></url>
            <url><loc>https://example.org/record/drafts/first-draft/</loc></url>
            <url><loc>https://example.org/record/articles/a&amp;b/</loc></url>
            </urlset>

            """)
    }

    @Test func theFeedListsTheDocumentsLatestFirstWithTheirAuthors() throws {
        let feed = try RenderFixture.renderer().feed()
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Test record</title>\n"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://example.org/record/feed.xml\"/>\n<updated>2023-08-01T00:00:00Z</updated>\n"))
        let titles = feed.components(separatedBy: "<entry>\n<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(titles == ["Joint note", "Statement of Freedonia", "Views &amp; proposals"])
        #expect(feed.contains("<updated>2023-08-01T00:00:00Z</updated>\n<author><name>ACME Network</name></author>\n<author><name>Freedonia</name></author>\n<summary>Document, August 2023</summary>\n</entry>"))
        #expect(feed.hasSuffix("</entry>\n</feed>\n"))
    }
}
