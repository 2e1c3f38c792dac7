import Foundation
import Testing
@testable import Output

@Suite struct OutputStagingTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func commitReplacesTheWholeOutputFolder() throws {
        let root = try temporaryFolder()
        let destination = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try "old".write(to: destination.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)

        let staging = try OutputStaging(destination: destination)
        try staging.write("new", to: "drafts/x/index.html")
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("stale.html").path), "untouched until commit")
        try staging.commit()

        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("stale.html").path))
        #expect(try String(contentsOf: destination.appendingPathComponent("drafts/x/index.html"), encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func discardLeavesTheOutputExactlyAsItWas() throws {
        let root = try temporaryFolder()
        let destination = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try "old".write(to: destination.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        let staging = try OutputStaging(destination: destination)
        try staging.write("new", to: "index.html")
        staging.discard()

        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func writesABatchOfFilesAndReportsTheFirstThatFails() throws {
        let root = try temporaryFolder()
        let destination = root.appendingPathComponent("public")
        let staging = try OutputStaging(destination: destination)
        let files = (0..<50).map { (path: "search/docs/\($0).json", data: Data("[\($0)]".utf8)) }
        try staging.write(files)
        try staging.commit()
        #expect(try String(contentsOf: destination.appendingPathComponent("search/docs/49.json"), encoding: .utf8) == "[49]")

        let again = try OutputStaging(destination: destination)
        // A file where a folder must go: every later path under it fails; the first is reported.
        try again.write("x", to: "search")
        #expect {
            try again.write([("search/a.json", Data()), ("search/b.json", Data())])
        } throws: { error in
            guard case .cannotWrite(let path, _)? = error as? OutputError else { return false }
            return path == "search/a.json"
        }
        again.discard()
    }
}

/// What builds killed before they finished leave behind is removed by the next one, and a
/// swap that fails says exactly where each site is.
@Suite struct OutputStagingRecoveryTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The id of a process that has ended.
    func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func removesTheLeftoversOfBuildsThatNoLongerRun() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let ended = try endedProcess()
        let running = ProcessInfo.processInfo.processIdentifier == 1 ? 2 : 1
        for name in [".public.staging-\(ended)", ".public.old-\(ended)", ".public.staging-\(running)", ".other.staging-\(ended)", ".public.staging-x"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name + "/drafts"), withIntermediateDirectories: true)
        }
        let staging = try OutputStaging(destination: root.appendingPathComponent("public"))
        try staging.write("new", to: "index.html")
        try staging.commit()
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        // Only what belongs to a running process, to another output folder, or is no build's name stays.
        #expect(left == [".other.staging-\(ended)", ".public.staging-\(running)", ".public.staging-x", "public"])
    }

    @Test func refusesPathsThatLeaveTheStagingFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = try OutputStaging(destination: root.appendingPathComponent("public"))
        for path in ["/host/index.html", "//host/index.html", "a/../../x.html", "./index.html", "a//b.html", "", "x/\u{0}/y"] {
            #expect(throws: OutputError.self, "\(path.debugDescription)") { try staging.write("x", to: path) }
        }
        staging.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
    }

    @Test(arguments: [
        ("index.html", true), ("a/b/index.html", true), ("...", true), ("a/.../b", true), (".well-known/x", true),
        ("a/.b", true), ("a/..b/c", true), ("", false), ("/a", false), ("a/", false), ("a//b", false), (".", false),
        ("..", false), ("./a", false), ("a/./b", false), ("a/..", false), ("../a", false), ("a/../b", false), ("x/\u{0}/y", false),
    ])
    func aPlainRelativePathHasNoEmptyDotOrDotDotComponent(_ path: String, _ plain: Bool) {
        #expect(OutputStaging.isPlainRelativePath(path) == plain)
    }

    /// A file system whose moves fail for the listed destinations, and whose removals fail.
    func failing(moveTo failures: [URL], remove: Bool = false) -> StagingFileSystem {
        let paths = Set(failures.map(\.path))
        return StagingFileSystem(
            move: { from, to in
                if paths.contains(to.path) { throw CocoaError(.fileWriteNoPermission) }
                try FileManager.default.moveItem(at: from, to: to)
            },
            remove: { folder in
                if remove { throw CocoaError(.fileWriteNoPermission) }
                try FileManager.default.removeItem(at: folder)
            }
        )
    }

    func previousSite(in root: URL) throws -> URL {
        let destination = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        try "old".write(to: destination.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        return destination
    }

    @Test func whenThePreviousSiteCannotBeMovedAsideItIsUnchanged() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = try previousSite(in: root)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = try OutputStaging(destination: destination, fileSystem: failing(moveTo: [root.appendingPathComponent(".public.old-\(pid)")]))
        try staging.write("new", to: "index.html")
        #expect {
            try staging.commit()
        } throws: { error in
            "\(error)".contains("the previous site is unchanged and the new one was discarded")
        }
        staging.discard()
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func whenTheNewSiteCannotMoveInThePreviousOneIsPutBack() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = try previousSite(in: root)
        let fileSystem = StagingFileSystem(
            move: { from, to in
                if from.lastPathComponent.contains("staging") { throw CocoaError(.fileWriteNoPermission) }
                try FileManager.default.moveItem(at: from, to: to)
            },
            remove: { try FileManager.default.removeItem(at: $0) }
        )
        let staging = try OutputStaging(destination: destination, fileSystem: fileSystem)
        try staging.write("new", to: "index.html")
        #expect {
            try staging.commit()
        } throws: { error in
            "\(error)".contains("the previous site was put back unchanged")
        }
        staging.discard()
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func whenNeitherMoveWorksTheMessageSaysWhereThePreviousSiteIs() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = try previousSite(in: root)
        let staging = try OutputStaging(destination: destination, fileSystem: failing(moveTo: [destination]))
        try staging.write("new", to: "index.html")
        let aside = root.appendingPathComponent(".public.old-\(ProcessInfo.processInfo.processIdentifier)")
        #expect {
            try staging.commit()
        } throws: { error in
            "\(error)".contains("the previous site could not be put back: it is in \(aside.path); move it back with: mv '\(aside.path)' '\(destination.path)'")
        }
        #expect(try String(contentsOf: aside.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        staging.discard()
    }

    @Test func whenThePreviousSiteCannotBeDeletedTheNewOneIsPublishedAndTheWarningSaysSo() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destination = try previousSite(in: root)
        let staging = try OutputStaging(destination: destination, fileSystem: failing(moveTo: [], remove: true))
        try staging.write("new", to: "index.html")
        let warning = try #require(try staging.commit())
        #expect(warning.contains("warning: the new site is published in \(destination.path), but the previous one, moved here, could not be deleted"))
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }
}
