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

    func watch(_ site: URL, _ bursts: Bursts) throws -> any FileWatcher {
        try WatchedChange.watch(site: site, folders: ["content", "themes"]) { changes in
            bursts.received.withLock { $0.append(changes) }
        }
    }

    func temporarySite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/positions"), withIntermediateDirectories: true)
        return site
    }

    @Test func createModifyAndDeleteInABurstGiveOneChange() throws {
        let site = try temporarySite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try watch(site, bursts)
        defer { watcher.stop() }
        let file = site.appendingPathComponent("content/positions/a.md")
        try "one".write(to: file, atomically: false, encoding: .utf8)
        try "two".write(to: file, atomically: false, encoding: .utf8)
        try "three".write(to: site.appendingPathComponent("content/b.md"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/b.md"))
        bursts.wait(for: 1)
        #expect(bursts.all == [["content/b.md", "content/positions/a.md"]])
    }

    @Test func eachChangeAfterAQuietTimeIsReportedOnItsOwn() throws {
        let site = try temporarySite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try watch(site, bursts)
        defer { watcher.stop() }
        try "one".write(to: site.appendingPathComponent("content/a.md"), atomically: false, encoding: .utf8)
        bursts.wait(for: 1)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/a.md"))
        bursts.wait(for: 2)
        #expect(bursts.all == [["content/a.md"], ["content/a.md"]])
    }

    @Test func editorTemporaryFilesAreIgnored() throws {
        let site = try temporarySite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try watch(site, bursts)
        defer { watcher.stop() }
        for name in [".a.md.swp", "a.md~", ".#a.md", "4913"] {
            try "x".write(to: site.appendingPathComponent("content/positions/" + name), atomically: false, encoding: .utf8)
        }
        bursts.wait(for: 1, timeout: 0.5)
        #expect(bursts.all.isEmpty)
    }

    @Test func foldersCreatedAfterTheStartAreWatchedToo() throws {
        let site = try temporarySite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try watch(site, bursts)
        defer { watcher.stop() }
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

    @Test func filesOutsideTheWatchedFoldersAreIgnored() throws {
        let site = try temporarySite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bursts = Bursts()
        let watcher = try watch(site, bursts)
        defer { watcher.stop() }
        try "x".write(to: site.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("public"), withIntermediateDirectories: true)
        bursts.wait(for: 1, timeout: 0.5)
        #expect(bursts.all.isEmpty)
    }
}
