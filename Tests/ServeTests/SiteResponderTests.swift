import Diagnostics
import Foundation
import Testing
@testable import Serve

@Suite struct SiteResponderTests {
    /// A store holding a small site.
    static func store(_ files: [String: String] = [
        "index.html": "<html><body><h1>Home</h1></body></html>",
        "drafts/zero/index.html": "<html><body>Zero</body></html>",
        "404.html": "<html><body>Page not found</body></html>",
        "assets/style.css": "body{}",
        "assets/search.js": "1",
        "search/terms-0.json.gz": "\u{1F}\u{8B}gzip",
        "matrix.csv": "a,b",
        "data/corpus.json": "{}",
    ]) -> SiteStore {
        let store = SiteStore()
        store.publish(files.mapValues { Data($0.utf8) })
        return store
    }

    @Test func aFolderIsServedFromItsIndexHTMLWithTheReloadScript() {
        let responder = SiteResponder(store: Self.store())
        for path in ["/", "/drafts/zero/"] {
            let reply = responder.reply(path: path)
            #expect(reply.status == 200)
            #expect(reply.contentType == "text/html; charset=utf-8")
            #expect(reply.text.contains("data-travaux-serve"), "the live reload script is injected")
            #expect(reply.text.contains("<script data-travaux-serve>") && reply.text.hasSuffix("</script>\n</body></html>"), "before </body>")
        }
        #expect(responder.reply(path: "/drafts/zero/").text.contains("Zero"))
    }

    @Test func aFolderWithoutItsSlashIsRedirectedKeepingTheQuery() {
        let reply = SiteResponder(store: Self.store()).reply(path: "/drafts/zero", query: "q=art%2024")
        #expect(reply.status == 301)
        #expect(reply.headers["Location"] == "/drafts/zero/?q=art%2024")
    }

    @Test func anUnknownAddressGetsTheSite404PageWithStatus404() {
        let responder = SiteResponder(store: Self.store())
        for path in ["/nowhere", "/drafts/nowhere/", "/drafts/zero/../../etc/passwd", "/assets//style.css"] {
            let reply = responder.reply(path: path)
            #expect(reply.status == 404, "\(path)")
            #expect(reply.text.contains("Page not found"), "\(path)")
            #expect(reply.contentType == "text/html; charset=utf-8")
        }
    }

    @Test func aSiteWithout404HTMLAnswersPlainNotFound() {
        let reply = SiteResponder(store: Self.store(["index.html": "<body></body>"])).reply(path: "/x.css")
        #expect(reply.status == 404)
        #expect(reply.contentType == "text/plain; charset=utf-8")
    }

    @Test func eachFileHasTheContentTypeAStaticHostGives() {
        let responder = SiteResponder(store: Self.store())
        #expect(responder.reply(path: "/assets/style.css").contentType == "text/css; charset=utf-8")
        #expect(responder.reply(path: "/assets/search.js").contentType == "text/javascript; charset=utf-8")
        #expect(responder.reply(path: "/matrix.csv").contentType == "text/csv; charset=utf-8")
        #expect(responder.reply(path: "/data/corpus.json").contentType == "application/json")
    }

    @Test func theSearchIndexIsServedAsTheGzipBytesItIsWithoutContentEncoding() {
        let reply = SiteResponder(store: Self.store()).reply(path: "/search/terms-0.json.gz")
        #expect(reply.status == 200)
        #expect(reply.contentType == "application/gzip")
        #expect(reply.headers["Content-Encoding"] == nil, "the search client inflates the bytes itself")
        #expect(reply.body == Data("\u{1F}\u{8B}gzip".utf8))
    }

    @Test func onlyHTMLGetsTheScript() {
        let reply = SiteResponder(store: Self.store()).reply(path: "/assets/search.js")
        #expect(reply.body == Data("1".utf8))
    }

    @Test func aHeadRequestHasTheHeadersAndLengthButNoBody() {
        let reply = SiteResponder(store: Self.store()).reply(path: "/assets/style.css", head: true)
        #expect(reply.status == 200)
        #expect(reply.body.isEmpty)
        #expect(reply.headers["Content-Length"] == "6")
    }

    @Test func theStatusEndpointGivesTheGenerationAndTheProblems() throws {
        let store = Self.store()
        store.fail([.error("content/positions/p.md", line: 3, "unknown draft <x>")])
        let reply = SiteResponder(store: store).reply(path: LiveReload.statusPath)
        #expect(reply.contentType == "application/json")
        let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
        #expect(json["generation"] as? Int == 1)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.first?["path"] as? String == "content/positions/p.md")
        #expect(problems.first?["line"] as? Int == 3)
        #expect(problems.first?["message"] as? String == "unknown draft <x>")
    }

    @Test func beforeAnyGoodBuildEveryPageIsTheProblemsPageEscaped() {
        let store = SiteStore()
        store.fail([.error("content/pages/<b>.md", line: 2, "bad <script>alert(1)</script> & \"quotes\"")])
        let reply = SiteResponder(store: store).reply(path: "/drafts/zero/")
        #expect(reply.status == 503)
        #expect(reply.contentType == "text/html; charset=utf-8")
        #expect(reply.text.contains("content/pages/&lt;b&gt;.md:2: error: bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!reply.text.contains("<script>alert"))
        #expect(reply.text.contains("data-travaux-serve"), "the page reloads once the site builds")
    }
}
