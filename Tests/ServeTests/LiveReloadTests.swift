import Foundation
import Testing
@testable import Serve

@Suite struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let html = Data("<body><pre></body></pre></body>".utf8)
        let result = String(decoding: LiveReload.inject(into: html, generation: 7), as: UTF8.self)
        #expect(result.hasPrefix("<body><pre></body></pre><script data-travaux-serve>"))
        #expect(result.hasSuffix("})(7);\n</script>\n</body>"))
    }

    @Test func aPageWithoutBodyGetsTheScriptAtItsEnd() {
        let result = String(decoding: LiveReload.inject(into: Data("<p>x".utf8), generation: 1), as: UTF8.self)
        #expect(result.hasPrefix("<p>x<script data-travaux-serve>"))
    }

    @Test func theClientKeepsTheScrollPositionAndWritesProblemsAsText() {
        #expect(LiveReload.client.contains("sessionStorage.setItem(key, String(restoring !== null ? restoring : window.scrollY))"))
        #expect(LiveReload.client.contains("window.scrollTo(0, restoring)"))
        #expect(LiveReload.client.contains(LiveReload.path))
        // It asks what changed before reloading (PageChangesTests, serve.e2e.js).
        #expect(LiveReload.client.contains(LiveReload.changesPath + "?since="))
        #expect(LiveReload.client.contains(".textContent = p.path"))
        #expect(!LiveReload.client.contains("innerHTML"))
    }
}
