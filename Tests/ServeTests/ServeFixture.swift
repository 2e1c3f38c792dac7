import Foundation
import Corpus
import TravauxKit

/// A site for a test in a fresh temporary folder (removed afterwards): the site
/// `travaux new site` writes, or a copy of the repository's own content.
final class ServeFixture {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-serve-\(UUID().uuidString)")
    var root: URL { parent.appendingPathComponent("site") }

    /// The repository root (this file is Tests/ServeTests/ServeFixture.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new site, as `travaux new site` writes it (one draft, a position citing it, ...).
    init() throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        var request = ScaffoldRequest(kind: .site, name: root.path)
        request.now = Date(timeIntervalSince1970: 1_735_689_600)
        _ = try Scaffold.create(request)
    }

    /// A copy of the repository's `content/`.
    init(repository: Void) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
    }

    deinit { try? FileManager.default.removeItem(at: parent) }

    /// The build's options; the build's day is fixed, so that every build of a test agrees.
    var options: BuildOptions {
        BuildOptions(source: root, publication: Publication(today: PartialDate("2026-01-01")))
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(relative), atomically: false, encoding: .utf8)
    }

    /// The first file of `folder` (`content/positions`), relative to the site.
    func firstFile(in folder: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: url(folder).path).filter { $0.hasSuffix(".md") }.sorted()
        return folder + "/" + names[0]
    }

    /// Every file below `folder` with its bytes and modification date, by relative path.
    static func snapshot(_ folder: URL) -> [String: String] {
        var files: [String: String] = [:]
        let manager = FileManager.default
        guard let paths = manager.subpaths(atPath: folder.path) else { return files }
        for path in paths {
            let full = folder.appendingPathComponent(path).path
            let attributes = try? manager.attributesOfItem(atPath: full)
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let bytes = manager.contents(atPath: full).map { "\($0.hashValue)/\($0.count)" } ?? "folder"
            files[path] = "\(date) \(bytes)"
        }
        return files
    }

    /// Every file below `folder` read back, by path relative to it.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        for path in manager.subpaths(atPath: folder.path) ?? [] {
            var isFolder: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = manager.contents(atPath: full)
            }
        }
        return files
    }
}
