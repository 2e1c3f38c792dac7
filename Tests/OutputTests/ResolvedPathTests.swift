import Foundation
import Testing
@testable import Output

@Suite struct ResolvedPathTests {
    @Test func appliesDotsAndLinksOfTheExistingPartAndDotsOfTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-path-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link"), withDestinationURL: root.appendingPathComponent("a/b"))
        let real = ResolvedPath(root).description
        #expect(ResolvedPath(URL(fileURLWithPath: root.path + "/link")).description == real + "/a/b")
        // `..` after a link leaves the link's target, as the kernel does.
        #expect(ResolvedPath(URL(fileURLWithPath: root.path + "/link/..")).description == real + "/a")
        #expect(ResolvedPath(URL(fileURLWithPath: root.path + "/link/new/../x/./y")).description == real + "/a/b/x/y")
        #expect(ResolvedPath(URL(fileURLWithPath: "/")).description == "/")
    }

    @Test func containsComparesWholeComponents() {
        let site = ResolvedPath(URL(fileURLWithPath: "/nonexistent-travaux/site"))
        #expect(site.contains(ResolvedPath(URL(fileURLWithPath: "/nonexistent-travaux/site/public"))))
        #expect(site.contains(site))
        #expect(!site.contains(ResolvedPath(URL(fileURLWithPath: "/nonexistent-travaux/site-public"))))
        #expect(!site.contains(ResolvedPath(URL(fileURLWithPath: "/nonexistent-travaux"))))
    }
}
