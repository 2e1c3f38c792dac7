import Addressing
import Testing
@testable import Render

/// The timeline of sessions and a session's page with its drafts and documents.
@Suite struct SessionPagesTests {
    @Test func theTimelineGivesDatesAndPlaces() throws {
        let html = try RenderFixture.renderer().html(.sessions)
        #expect(html.contains("<li><time datetime=\"2021-01-10\">10–20 January 2021</time> <a href=\"../sessions/first/index.html\">First session</a> <span class=\"place\">New York</span></li>"))
    }

    @Test func aSessionListsItsDraftsAndDocuments() throws {
        let renderer = try RenderFixture.renderer()
        let first = try renderer.html(.session("first"))
        #expect(first.contains("<meta name=\"description\" content=\"First session, 10–20 January 2021, New York.\">"))
        #expect(first.contains("<p>The opening session.</p>"))
        #expect(first.contains("<li><a href=\"../../drafts/first-draft/index.html\">First draft</a> <time datetime=\"2021\">2021</time></li>\n<li><a href=\"../../drafts/second-draft/index.html\">Second draft</a>"))
        #expect(!first.contains("<h2>Documents</h2>"))
        let second = try renderer.html(.session("second"))
        #expect(second.contains("<h2>Documents</h2>"))
        #expect(!second.contains("<h2>Drafts</h2>"))
    }

    @Test func theListCountsEachSessionsDocuments() throws {
        let renderer = try RenderFixture.renderer()
        let context = try #require(renderer.sessionList().context as? SessionsPageContext)
        #expect(context.sessions.map(\.documents) == [2, 1])
    }
}
