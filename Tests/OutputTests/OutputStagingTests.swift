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
}
