import Addressing
import Testing
@testable import Render

/// The search page: a form the script fills with results, and browsing links without it.
@Suite struct SearchPageTests {
    @Test func theSearchPageSubmitsToItselfAndLinksTheListsWithoutScript() throws {
        let html = try RenderFixture.renderer().html(.search)
        #expect(html.contains("<form class=\"search-form\" id=\"search-page-form\" action=\"index.html\" role=\"search\""))
        #expect(html.contains("browse the <a href=\"../drafts/index.html\">drafts</a>, the <a href=\"../articles/index.html\">provisions</a>"))
        #expect(html.contains("<meta name=\"description\" content=\"Search the drafts, the positions and the stakeholders of the record.\">"))
    }
}
