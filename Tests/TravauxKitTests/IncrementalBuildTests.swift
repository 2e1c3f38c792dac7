import Foundation
import Testing
@testable import TravauxKit

/// The incremental rebuild of `travaux serve`: after a series of edits (add, change, rename
/// and delete a position, a draft and a stakeholder), the site equals a clean in-memory build
/// of the same content, every file byte for byte.
@Suite struct IncrementalBuildTests {
    /// The repository root (this file is Tests/TravauxKitTests/IncrementalBuildTests.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the content of a site folder of the repository, without its lock (so that
    /// renaming and deleting documents is allowed), built once.
    func session(_ folder: String) throws -> IncrementalSession {
        let source = Self.repository.appendingPathComponent(folder)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-incremental-source-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent("content"), to: copy.appendingPathComponent("content"))
        try? FileManager.default.removeItem(at: copy.appendingPathComponent("content/anchors.lock"))
        return try IncrementalSession(copying: copy)
    }

    /// The series of edits, run on `session`; each result compared with a clean build.
    func runEdits(_ session: IncrementalSession) throws {
        let positions = try session.documents(in: "content/positions")
        let stakeholders = try session.documents(in: "content/stakeholders")
        let drafts = try session.documents(in: "content/drafts")
        let position = try #require(positions.first)
        let other = try #require(positions.last)
        let text = try session.read(position)

        // A position's words, with a new reference.
        try session.write(position, text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\nThis also concerns Article 3 and Article 3(1).\n")
        try session.rebuild(after: "a position's words", changes: [position])
        // Its title, then its date.
        try session.setField(position, "title", "title: A renamed position")
        try session.rebuild(after: "a position's title", changes: [position])
        try session.setField(position, "date", "date: \"2025-06\"")
        try session.rebuild(after: "a position's date", changes: [position])
        // A reference it makes: one taken away.
        try session.write(position, try session.read(position).replacingOccurrences(of: "This also concerns Article 3 and Article 3(1).", with: "This no longer cites anything."))
        try session.rebuild(after: "a reference removed", changes: [position])
        // Its stakeholder.
        let newStakeholder = try #require(stakeholders.last.map { String($0.dropFirst("content/stakeholders/".count).dropLast(3)) })
        try session.setField(position, "stakeholder", "stakeholder: \(newStakeholder)")
        try session.rebuild(after: "a position's stakeholder", changes: [position])

        // A position added, renamed, then deleted.
        let added = "content/positions/added-2026-position.md"
        try session.write(added, try session.read(other))
        try session.rebuild(after: "a position added", changes: [added])
        let renamed = "content/positions/renamed-2026-position.md"
        try session.move(added, to: renamed)
        try session.rebuild(after: "a position renamed", changes: [added, renamed])
        try session.remove(renamed)
        try session.rebuild(after: "a position deleted", changes: [renamed])

        // A stakeholder's name; a stakeholder added, signing a position, renamed, deleted.
        let stakeholder = try #require(stakeholders.first)
        try session.setField(stakeholder, "name", "name: A Renamed Stakeholder")
        try session.rebuild(after: "a stakeholder's name", changes: [stakeholder])
        let addedStakeholder = "content/stakeholders/new-stakeholder.md"
        try session.write(addedStakeholder, "---\nname: New Stakeholder\nshort: NEW\nkind: other\n---\nA new one.\n")
        try session.rebuild(after: "a stakeholder added", changes: [addedStakeholder])
        try session.setField(position, "stakeholder", "stakeholder: [new-stakeholder, \(newStakeholder)]")
        try session.rebuild(after: "a position signed by the new stakeholder", changes: [position])
        let renamedStakeholder = "content/stakeholders/newer-stakeholder.md"
        try session.move(addedStakeholder, to: renamedStakeholder)
        try session.setField(position, "stakeholder", "stakeholder: [newer-stakeholder, \(newStakeholder)]")
        try session.rebuild(after: "a stakeholder renamed", changes: [position, addedStakeholder, renamedStakeholder])
        try session.setField(position, "stakeholder", "stakeholder: \(newStakeholder)")
        try session.remove(renamedStakeholder)
        try session.rebuild(after: "a stakeholder deleted", changes: [position, renamedStakeholder])

        // A draft: added, changed, renamed, deleted (a full build each), then a position again.
        let draft = try #require(drafts.first)
        let addedDraft = "content/drafts/added-draft.md"
        try session.write(addedDraft, try session.read(draft))
        try session.setField(addedDraft, "date", "date: \"2018\"")
        try session.rebuild(after: "a draft added", changes: [addedDraft])
        try session.write(addedDraft, try session.read(addedDraft) + "\nA paragraph added at the end.\n")
        try session.rebuild(after: "a draft changed", changes: [addedDraft])
        let renamedDraft = "content/drafts/renamed-draft.md"
        try session.move(addedDraft, to: renamedDraft)
        try session.rebuild(after: "a draft renamed", changes: [addedDraft, renamedDraft])
        try session.remove(renamedDraft)
        try session.rebuild(after: "a draft deleted", changes: [renamedDraft])
        try session.write(position, try session.read(position) + "\nA last paragraph on Article 3.\n")
        try session.rebuild(after: "a position after the drafts", changes: [position])
    }

    @Test func theRepositorysSiteAfterEditsEqualsACleanBuild() throws {
        let session = try session(".")
        try runEdits(session)
        // Every position and stakeholder edit took the incremental path, rendering a part of the site.
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 14, "\(session.incremental.map(\.edit))")
        #expect(session.incremental.contains { $0.rendered < $0.files / 2 }, "\(session.incremental.map { ($0.edit, $0.rendered, $0.files) })")
    }

    @Test func theMultilingualExampleAfterEditsEqualsACleanBuild() throws {
        let session = try session("examples/multilingual")
        try runEdits(session)
        // A translation edited alone.
        let translation = "content/positions/eu-2024-01.fr.md"
        try session.write(translation, try session.read(translation) + "\nUn paragraphe sur l'article 3.\n")
        try session.rebuild(after: "a translation's words", changes: [translation])
        try session.setField(translation, "title", "title: Déclaration renommée")
        try session.rebuild(after: "a translation's title", changes: [translation])
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 16, "\(session.incremental.map(\.edit))")
    }

    /// Whether `python3` is here, for the benchmark's generator.
    static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    @Test(.enabled(if: hasPython, "needs python3 for Benchmarks/generate.py"))
    func aGeneratedSiteAfterEditsEqualsACleanBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-generated-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generate.arguments = [Self.repository.appendingPathComponent("Benchmarks/generate.py").path, "--pages", "100", "--out", folder.path]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0)
        let session = try IncrementalSession(copying: folder)
        try runEdits(session)
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 14, "\(session.incremental.map(\.edit))")
        #expect(session.incremental.contains { $0.rendered < $0.files / 2 }, "\(session.incremental.map { ($0.edit, $0.rendered, $0.files) })")
        // The generated site has no warnings: every incremental build took the documents it
        // did not change from the last build.
        #expect(session.reused.count == 14, "\(session.reused)")
    }
}
