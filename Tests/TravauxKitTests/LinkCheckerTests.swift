import Foundation
import Testing
@testable import TravauxKit

@Suite struct LinkCheckerTests {
    /// A built site of two pages in a temporary folder.
    static func site(_ pages: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-links-\(UUID().uuidString)")
        for (path, html) in pages {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try html.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func reportsAMissingPageAndAMissingFragment() throws {
        let root = try Self.site([
            "index.html": "<a href=\"drafts/x/index.html#art_2\">x</a>\n<a href=\"drafts/y/index.html\">y</a>",
            "drafts/x/index.html": "<section id=\"art_1\"></section>",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = LinkChecker(root: root).check().map(\.description)
        #expect(found == [
            "public/index.html:1: error: link 'drafts/x/index.html#art_2' names #art_2, which drafts/x/index.html does not have",
            "public/index.html:2: error: link 'drafts/y/index.html' leads to drafts/y/index.html, which the site does not have",
        ])
    }

    @Test func aFragmentThePlanMovedCountsWhateverTheScriptLooksLike() throws {
        let root = try Self.site([
            "index.html": "<a href=\"drafts/x/index.html#art_2\">x</a>",
            "drafts/x/index.html": "<section id=\"art_3\"></section><script>/* any script */</script>",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(LinkChecker(root: root, movedFragments: ["/drafts/x/": ["art_2": "/drafts/x/#art_3"]]).check().isEmpty)
        #expect(LinkChecker(root: root).check().count == 1)
    }
}
