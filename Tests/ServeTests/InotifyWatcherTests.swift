import Foundation
import Synchronization
import Testing
@testable import Serve

@Suite(.serialized) struct InotifyWatcherTests {
    /// The bursts a watcher reported.
    final class Bursts: Sendable {
        let received = Mutex<[[String]]>([])
        var all: [[String]] { received.withLock { $0 } }

        /// Waits until `count` bursts came (or `timeout` seconds), then a little longer for
        /// any extra one.
        func wait(for count: Int, timeout: TimeInterval = 5) {
            let deadline = Date().addingTimeInterval(timeout)
            while all.count < count && Date() < deadline { usleep(10_000) }
            usleep(400_000)
        }
    }

    /// Runs `body` with a new site folder (holding `content/positions/`) watched for
    /// `content/` and `themes/`, and the bursts reported; removes the folder afterwards.
    func withWatchedSite(_ body: (URL, Bursts) throws -> Void) throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/positions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try WatchedChange.watch(site: site, folders: ["content", "themes"]) { changes in
            bursts.received.withLock { $0.append(changes) }
        }
        defer { watcher.stop() }
        try body(site, bursts)
    }

    @Test func createModifyAndDeleteInABurstGiveOneChange() throws {
        try withWatchedSite { site, bursts in
            let file = site.appendingPathComponent("content/positions/a.md")
            try "one".write(to: file, atomically: false, encoding: .utf8)
            try "two".write(to: file, atomically: false, encoding: .utf8)
            try "three".write(to: site.appendingPathComponent("content/b.md"), atomically: false, encoding: .utf8)
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/b.md"))
            bursts.wait(for: 1)
            #expect(bursts.all == [["content/b.md", "content/positions/a.md"]])
        }
    }

    @Test func eachChangeAfterAQuietTimeIsReportedOnItsOwn() throws {
        try withWatchedSite { site, bursts in
            try "one".write(to: site.appendingPathComponent("content/a.md"), atomically: false, encoding: .utf8)
            bursts.wait(for: 1)
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/a.md"))
            bursts.wait(for: 2)
            #expect(bursts.all == [["content/a.md"], ["content/a.md"]])
        }
    }

    @Test func editorTemporaryFilesAreIgnored() throws {
        try withWatchedSite { site, bursts in
            for name in [".a.md.swp", "a.md~", ".#a.md", "4913"] {
                try "x".write(to: site.appendingPathComponent("content/positions/" + name), atomically: false, encoding: .utf8)
            }
            bursts.wait(for: 1, timeout: 0.5)
            #expect(bursts.all.isEmpty)
        }
    }

    @Test func foldersCreatedAfterTheStartAreWatchedToo() throws {
        try withWatchedSite { site, bursts in
            // themes/ did not exist when the watch started; neither did content/pages/.
            try FileManager.default.createDirectory(at: site.appendingPathComponent("themes/mine/templates"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: site.appendingPathComponent("content/pages"), withIntermediateDirectories: true)
            bursts.wait(for: 1)
            let before = bursts.all.count
            try "x".write(to: site.appendingPathComponent("themes/mine/templates/page.mustache"), atomically: false, encoding: .utf8)
            try "y".write(to: site.appendingPathComponent("content/pages/p.md"), atomically: false, encoding: .utf8)
            bursts.wait(for: before + 1)
            #expect(bursts.all.count == before + 1)
            let last = bursts.all.last ?? []
            #expect(last.contains("themes/mine/templates/page.mustache"))
            #expect(last.contains("content/pages/p.md"))
        }
    }

    @Test func filesOutsideTheWatchedFoldersAreIgnored() throws {
        try withWatchedSite { site, bursts in
            try "x".write(to: site.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
            try FileManager.default.createDirectory(at: site.appendingPathComponent("public"), withIntermediateDirectories: true)
            bursts.wait(for: 1, timeout: 0.5)
            #expect(bursts.all.isEmpty)
        }
    }
}
