import Foundation
@testable import Corpus

/// A site folder in the temporary directory, written file by file, removed with the value.
final class TemporarySite {
    /// The folder holding the site (and, beside it, `outside/` for links out of it).
    let folder: URL
    /// The site folder.
    let root: URL

    /// The smallest valid `site.yml`.
    static let siteSettings = "title: Record\nbase_url: https://example.org/record/\n"

    /// A site with `content/` and, unless `settings` is `nil`, `content/site.yml`.
    init(settings: String? = TemporarySite.siteSettings, content: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-corpus-\(UUID().uuidString)")
        root = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if content {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        }
        if let settings { try write("content/site.yml", settings) }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `relative` below the site folder.
    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, data: Data(text.utf8))
    }

    func write(_ relative: String, data: Data) throws {
        try write(data, to: url(relative))
    }

    /// Writes a file beside the site (`outside/...`), and returns its URL.
    @discardableResult
    func writeOutside(_ relative: String, _ text: String) throws -> URL {
        let target = folder.appendingPathComponent(relative)
        try write(Data(text.utf8), to: target)
        return target
    }

    /// Makes `relative` (below the site) a symbolic link to `destination`.
    func link(_ relative: String, to destination: URL) throws {
        let link = url(relative)
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: destination)
    }

    func load() throws -> ContentLoader.Result {
        try ContentLoader(siteDirectory: root).load()
    }

    private func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
