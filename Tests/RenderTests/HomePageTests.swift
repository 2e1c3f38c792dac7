import Addressing
import Testing
@testable import Render

/// The home page: the record at a glance.
@Suite struct HomePageTests {
    @Test func theHomePageCountsTheRecordAndListsSessionsDraftsAndTheLatestDocuments() throws {
        let html = try RenderFixture.renderer().html(.home)
        #expect(html.contains("<li><a href=\"drafts/index.html\"><strong>3</strong> drafts</a></li>\n<li><a href=\"positions/index.html\"><strong>3</strong> documents</a></li>"))
        #expect(html.contains("<p class=\"lead\">A record for the render tests.</p>"))
        #expect(html.contains("<li><a href=\"drafts/third-draft/index.html\">Third draft</a> <time datetime=\"2023\">2023</time></li>\n<li><a href=\"drafts/second-draft/index.html\">Second draft</a>"))
        #expect(html.contains("<li><a href=\"positions/joint-note/index.html\">Joint note</a> <span class=\"byline\"><span class=\"stakeholder\">ACME</span> <span class=\"stakeholder\">Freedonia</span> · Document · <time datetime=\"2023-08\">August 2023</time></span></li>"))
        #expect(html.contains("<title>Test record</title>"))
    }

    @Test func theHomePageListsAtMostTheTenLatestDocuments() throws {
        var files = RenderFixture.files
        for number in 1...12 {
            files["content/positions/note-\(number).md"] = "---\ntitle: Note \(number)\nstakeholder: sylvania\ndate: \"2024-01-\(10 + number)\"\n---\nText.\n"
        }
        let renderer = try RenderFixture.renderer(files)
        let context = try #require(renderer.home().context as? HomePageContext)
        #expect(context.latest.map(\.title) == (3...12).reversed().map { "Note \($0)" })
        #expect(context.counts.positions == 15)
    }
}
