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
        #expect(throws: OutputError.self) { try again.write([("search/a.json", Data()), ("search/b.json", Data())]) }
        again.discard()
    }
}
