import Corpus
import Foundation
import Testing
@testable import TravauxKit

/// A site in a temporary folder, built into memory the way `travaux serve` builds it: after
/// each edit, incrementally from the last good build when the change allows it
/// (``Travaux/rebuildInMemory(_:site:changes:options:)``), else in full; and every result
/// compared with a clean in-memory build of the same content, file by file, byte for byte.
final class IncrementalSession {
    let root: URL
    private var record: RenderedRecord?
    private var files: [String: Data] = [:]
    /// How many edits took the incremental path, and the files each rendered again.
    private(set) var incremental: [(edit: String, rendered: Int, files: Int)] = []
    /// The edits whose incremental build structured and linked only the changed documents.
    private(set) var reused: [String] = []
    /// The edits after which the content had errors, with the first of them.
    private(set) var failed: [(edit: String, problem: String)] = []

    /// A copy of the `content/` of `source` (a site folder), built once.
    init(copying source: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        let built = try Travaux.buildInMemory(options, keepingRecord: true)
        record = built.record
        files = try #require(built.site).files
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The build's options; the day is fixed so that every build agrees.
    var options: BuildOptions {
        BuildOptions(source: root, publication: Publication(today: PartialDate("2026-01-01")))
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(relative), atomically: false, encoding: .utf8)
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(at: url(relative)) }

    func move(_ from: String, to: String) throws { try FileManager.default.moveItem(at: url(from), to: url(to)) }

    /// Renames the document at `path` to `renamed`, then deletes it, rebuilding after each
    /// (`what`: "a position", "a draft").
    func renameThenDelete(_ what: String, _ path: String, to renamed: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try move(path, to: renamed)
        try rebuild(after: "\(what) renamed", changes: [path, renamed], sourceLocation: sourceLocation)
        try remove(renamed)
        try rebuild(after: "\(what) deleted", changes: [renamed], sourceLocation: sourceLocation)
    }

    /// Replaces the front matter line starting with `field:` of `relative` by `line`.
    func setField(_ relative: String, _ field: String, _ line: String) throws {
        var lines = try read(relative).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix(field + ":") }, "\(relative) has no \(field):")
        lines[index] = line
        try write(relative, lines.joined(separator: "\n"))
    }

    /// The Markdown files of `folder` (`content/positions`), in the default language, sorted.
    func documents(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(folder).path)
            .filter { $0.hasSuffix(".md") && $0.split(separator: ".").count == 2 }.sorted().map { folder + "/" + $0 }
    }

    /// Builds after `edit` changed `changes` as serve would, then compares the site with a
    /// clean build of the same content.
    func rebuild(after edit: String, changes: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let clean = try Travaux.buildInMemory(options)
        var site: [String: Data]?
        if let kept = record, let result = try Travaux.rebuildInMemory(kept, site: files, changes: changes, options: options) {
            site = result.site?.files
            if let site { incremental.append((edit, result.rendered, site.count)) }
            if result.report.timings.contains(where: { $0.stage.hasPrefix("structure and link (the changed documents)") }) { reused.append(edit) }
            record = result.record
            #expect(result.report.diagnostics == clean.report.diagnostics, "\(edit): diagnostics differ", sourceLocation: sourceLocation)
        } else {
            let full = try Travaux.buildInMemory(options, keepingRecord: true)
            site = full.site?.files
            record = full.record
        }
        #expect((site == nil) == (clean.site == nil), "\(edit): one build failed, the other did not: \(clean.report.diagnostics)", sourceLocation: sourceLocation)
        if clean.site == nil { failed.append((edit, clean.report.diagnostics.first.map { "\($0)" } ?? "")) }
        guard let site, let expected = clean.site?.files else { return }
        files = site
        if let difference = Self.firstDifference(site, expected) {
            Issue.record("\(edit): the incremental site differs from a clean build: \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The first path at which `got` and `expected` differ, with an excerpt of both; `nil` when
    /// they hold the same files with the same bytes.
    static func firstDifference(_ got: [String: Data], _ expected: [String: Data]) -> String? {
        for path in Set(got.keys).union(expected.keys).sorted() where got[path] != expected[path] {
            guard let mine = got[path] else { return "\(path): missing (a clean build writes it)" }
            guard let theirs = expected[path] else { return "\(path): extra (a clean build does not write it)" }
            let a = Array(mine), b = Array(theirs)
            let common = zip(a, b).prefix { $0 == $1 }.count
            let start = max(0, common - 80)
            func excerpt(_ bytes: [UInt8]) -> String {
                String(decoding: bytes[start..<min(bytes.count, common + 160)], as: UTF8.self)
            }
            return "\(path) at byte \(common):\n--- incremental\n\(excerpt(a))\n--- clean\n\(excerpt(b))"
        }
        return nil
    }
}
