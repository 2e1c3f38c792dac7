import Foundation
import Testing
@testable import TravauxKit

/// A copy of the fixture site in a temporary folder, to build and to break; removed when
/// the test is done with it.
final class SiteFixture {
    let root: URL

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    init() throws {
        guard let fixture = Bundle.module.url(forResource: "Fixtures/site", withExtension: nil) else {
            throw FixtureError.missing
        }
        root = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: root)
    }

    enum FixtureError: Error { case missing }

    var output: URL { root.appendingPathComponent("public") }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func writeData(_ relative: String, _ data: Data) throws {
        try data.write(to: url(relative))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// Replaces `old` with `new` in a file of the fixture.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try read(relative)
        #expect(text.contains(old), "fixture \(relative) no longer contains \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: url(relative))
    }

    func build(strict: Bool = false, output: URL? = nil) throws -> BuildReport {
        try Travaux.build(BuildOptions(source: root, output: output, strict: strict))
    }

    func html(_ relative: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file below `folder`, by relative path, with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return files }
        let prefix = folder.standardizedFileURL.path.count + 1
        for case let url as URL in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(url.standardizedFileURL.path.dropFirst(prefix))] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}
