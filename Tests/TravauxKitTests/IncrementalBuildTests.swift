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
        try session.renameThenDelete("a position", added, to: "content/positions/renamed-2026-position.md")

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

        // A draft: added, changed, renamed, deleted, then a position again.
        let draft = try #require(drafts.first)
        let addedDraft = "content/drafts/added-draft.md"
        try session.write(addedDraft, try session.read(draft))
        try session.setField(addedDraft, "date", "date: \"2018\"")
        try session.rebuild(after: "a draft added", changes: [addedDraft])
        try session.write(addedDraft, try session.read(addedDraft) + "\nA paragraph added at the end.\n")
        try session.rebuild(after: "a draft changed", changes: [addedDraft])
        try session.renameThenDelete("a draft", addedDraft, to: "content/drafts/renamed-draft.md")
        try session.write(position, try session.read(position) + "\nA last paragraph on Article 3.\n")
        try session.rebuild(after: "a position after the drafts", changes: [position])
    }

    /// The draft of `session` the most positions cite (`draft:`), and its positions' count.
    func mostCitedDraft(_ session: IncrementalSession) throws -> String {
        let positions = try session.documents(in: "content/positions").map { try session.read($0) }
        let drafts = try session.documents(in: "content/drafts")
        func citing(_ draft: String) -> Int {
            let id = String(draft.dropFirst("content/drafts/".count).dropLast(3))
            return positions.filter { $0.contains("\ndraft: \(id)\n") || $0.contains("\ndraft: \"\(id)\"\n") }.count
        }
        return try #require(drafts.max { citing($0) < citing($1) })
    }

    /// The index of the first line of `lines` that is a numbered paragraph (`3. Words`) of an
    /// article (after a `## Article` heading).
    func firstNumberedParagraph(_ lines: [String]) throws -> Int {
        let article = try #require(lines.firstIndex { $0.hasPrefix("## Article") })
        return try #require(lines[article...].firstIndex { line in
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
        }, "no numbered paragraph in an article")
    }

    /// Edits of the draft the most positions cite, each compared with a clean build: its
    /// words, a recital's words (where it has a preamble), a paragraph added before a numbered
    /// one (the numbers after it shift), an
    /// article's title (the provision's key may change), then a draft added and deleted.
    /// With `translated`, the draft has translations, which must have every paragraph of the
    /// original: no paragraph is added.
    func runDraftEdits(_ session: IncrementalSession, translated: Bool = false) throws {
        let draft = try mostCitedDraft(session)
        var lines = try session.read(draft).components(separatedBy: "\n")
        let paragraph = try firstNumberedParagraph(lines)
        lines[paragraph] += " These words were amended."
        try session.write(draft, lines.joined(separator: "\n"))
        try session.rebuild(after: "a draft's paragraph words", changes: [draft])
        // A recital's words, where the draft has a preamble.
        if let preamble = lines.firstIndex(of: "# Preamble"),
           let recital = lines[preamble...].dropFirst().firstIndex(where: { $0.first?.isLetter == true }) {
            lines[recital] += " These recital words were amended."
            try session.write(draft, lines.joined(separator: "\n"))
            try session.rebuild(after: "a draft's recital words", changes: [draft])
        }
        if !translated {
            // The paragraph inserted takes the number of the one it precedes, and the numbers of
            // that article's paragraphs from there go up by one.
            let number = try #require(Int(lines[paragraph].prefix { $0.isNumber }))
            var index = paragraph
            while index < lines.count, !lines[index].hasPrefix("#") {
                let digits = lines[index].prefix { $0.isASCII && $0.isNumber }
                if let value = Int(digits), lines[index].dropFirst(digits.count).hasPrefix(". ") {
                    lines[index] = "\(value + 1)" + lines[index].dropFirst(digits.count)
                }
                index += 1
            }
            lines.insert("\(number). A paragraph inserted before it, which renumbers the ones after.", at: paragraph)
            try session.write(draft, lines.joined(separator: "\n"))
            try session.rebuild(after: "a draft's paragraph added", changes: [draft])
        }
        let heading = try #require(lines.firstIndex { $0.hasPrefix("## Article") })
        let number2 = lines[heading].dropFirst("## Article ".count).prefix { $0 != "." }
        lines[heading] = "## Article \(number2). A title rewritten"
        try session.write(draft, lines.joined(separator: "\n"))
        try session.rebuild(after: "an article's title in a draft", changes: [draft])
        let added = "content/drafts/another-draft.md"
        try session.write(added, try session.read(draft))
        try session.setField(added, "date", "date: \"2019\"")
        try session.rebuild(after: "a draft added", changes: [added])
        try session.remove(added)
        try session.rebuild(after: "a draft deleted", changes: [added])
    }

    @Test func theRepositorysSiteAfterEditsEqualsACleanBuild() throws {
        let session = try session(".")
        try runEdits(session)
        // Every position, stakeholder and draft edit took the incremental path, rendering a part of the site.
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 18, "\(session.incremental.map(\.edit))")
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
        #expect(session.incremental.count == 20, "\(session.incremental.map(\.edit))")
    }

    @Test func draftEditsOnTheRepositorysSiteEqualACleanBuild() throws {
        let session = try session(".")
        try runDraftEdits(session)
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 5, "\(session.incremental.map(\.edit))")
    }

    @Test func draftEditsOnTheMultilingualExampleEqualACleanBuild() throws {
        let session = try session("examples/multilingual")
        try runDraftEdits(session, translated: true)
        // A draft's translation edited alone: its words, then a paragraph added.
        let translation = "content/drafts/zero-draft.fr.md"
        var lines = try session.read(translation).components(separatedBy: "\n")
        let paragraph = try firstNumberedParagraph(lines)
        lines[paragraph] += " Des mots modifiés."
        try session.write(translation, lines.joined(separator: "\n"))
        try session.rebuild(after: "a draft translation's words", changes: [translation])
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.count == 6, "\(session.incremental.map(\.edit))")
        // The translation's words alone render no more than the original's words.
        let words = try #require(session.incremental.first)
        let translated = try #require(session.incremental.last)
        #expect(translated.rendered <= words.rendered, "\(session.incremental.map { ($0.edit, $0.rendered, $0.files) })")
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
        #expect(session.incremental.count == 18, "\(session.incremental.map(\.edit))")
        #expect(session.incremental.contains { $0.rendered < $0.files / 2 }, "\(session.incremental.map { ($0.edit, $0.rendered, $0.files) })")
        // The generated site has no warnings until a draft is copied (its duplicate words are
        // warned about): every incremental build before took the documents it did not change
        // from the last build.
        #expect(session.reused.count == 15, "\(session.reused)")
    }

    @Test(.enabled(if: hasPython, "needs python3 for Benchmarks/generate.py"))
    func draftEditsOnAGeneratedSiteEqualACleanBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-generated-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.generate(pages: 100, into: folder)
        let session = try IncrementalSession(copying: folder)
        try runDraftEdits(session)
        #expect(session.failed.isEmpty, "\(session.failed)")
        #expect(session.incremental.map(\.edit).contains("a draft's recital words"), "\(session.incremental.map(\.edit))")
        #expect(session.incremental.count == 6, "\(session.incremental.map(\.edit))")
        // A draft's words, or a recital's, change a part of the site, and structure and link only what reads them.
        for edit in session.incremental.prefix(2) { #expect(edit.rendered < edit.files / 2, "\(edit)") }
        #expect(session.reused.first == "a draft's paragraph words", "\(session.reused)")
    }

    /// Writes the site `Benchmarks/generate.py --pages pages` makes into `folder`.
    static func generate(pages: Int, into folder: URL) throws {
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generate.arguments = [repository.appendingPathComponent("Benchmarks/generate.py").path, "--pages", String(pages), "--out", folder.path]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0)
    }
}
