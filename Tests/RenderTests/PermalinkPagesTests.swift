import Addressing
import Foundation
import Permalinks
import Testing
@testable import Render

/// What keeps published addresses working: the page written at a moved page's old address,
/// and the script that sends a moved fragment on.
@Suite struct PermalinkPagesTests {
    @Test func relativeLinksClimbToTheRootAndKeepTheFragment() {
        #expect(SiteRenderer.relative(from: "/positions/old/", to: "/positions/new/#p_2") == "../../positions/new/index.html#p_2")
        #expect(SiteRenderer.relative(from: "/positions/old/", to: "/positions/old/#p_2") == "#p_2")
        #expect(SiteRenderer.relative(from: "/positions/old/", to: "/positions/old/") == "index.html")
        #expect(SiteRenderer.relative(from: "/", to: "/drafts/") == "drafts/index.html")
    }

    @Test func aMovedPageLeavesAPageThatSendsReadersOnWithTheirFragment() throws {
        let renderer = try RenderFixture.renderer()
        let html = renderer.redirectPage(from: "/positions/old-views/", to: "/positions/acme-views/")
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/record/positions/acme-views/\">"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(html.contains("<script>location.replace(\"../../positions/acme-views/index.html\"+location.hash);</script>"))
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../positions/acme-views/index.html\">"))
        #expect(html.contains("<title>Moved · Test record</title>"))
        // A redirect to a fragment goes there, whatever the reader's fragment.
        let fragment = renderer.redirectPage(from: "/positions/old-views/", to: "/positions/acme-views/#p_2")
        #expect(fragment.contains("location.replace(\"../../positions/acme-views/index.html#p_2\");"))
    }

    @Test func aMovedFragmentIsRewrittenByAScriptOnItsPage() throws {
        let plan = PermalinkPlan(
            redirectPages: ["/positions/old-views/": "/positions/acme-views/"],
            fragmentMoves: ["/positions/acme-views/": ["p_9": "/positions/acme-views/#p_2", "gone": "/drafts/third-draft/#art_5"]]
        )
        let renderer = try RenderFixture.renderer(permalinks: plan)
        #expect(renderer.fragmentScript(for: "/positions/freedonia-statement/") == "")
        let script = renderer.fragmentScript(for: "/positions/acme-views/")
        #expect(script.contains("var m={\"gone\":\"../../drafts/third-draft/index.html#art_5\",\"p_9\":\"#p_2\"};"))
        #expect(try renderer.html(.position("acme-views")).contains(script))
        // The old page is written where the page was.
        let written = Written()
        try renderer.render { path, data in written.add(path, data) }
        let old = try #require(written.files["positions/old-views/index.html"])
        #expect(String(decoding: old, as: UTF8.self).contains("location.replace(\"../../positions/acme-views/index.html\"+location.hash)"))
    }

    /// The files handed to `emit`, from any thread.
    final class Written: @unchecked Sendable {
        private let lock = NSLock()
        private var written: [String: [UInt8]] = [:]
        func add(_ path: String, _ bytes: [UInt8]) { lock.withLock { written[path] = bytes } }
        var files: [String: [UInt8]] { lock.withLock { written } }
    }
}
