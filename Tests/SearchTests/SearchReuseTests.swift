import Foundation
import Testing
@testable import Search

/// An index made reusing the last one (serve's incremental build) has a clean index's bytes,
/// and tokenizes and compresses again only what changed.
@Suite struct SearchReuseTests {
    /// The index of `record`, reusing `previous`, keeping what the next can reuse.
    func index(_ record: SearchFixture.Record, reusing previous: SearchReuse? = nil) -> SearchIndex {
        SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison, reusing: previous, keeping: true)
    }

    /// Whether `a` and `b` hold the same files with the same bytes.
    func same(_ a: SearchIndex, _ b: SearchIndex) -> Bool {
        a.files.map(\.path) == b.files.map(\.path) && zip(a.files, b.files).allSatisfy { $0.data == $1.data }
    }

    @Test func theSameRecordTakesEveryChunkAndFile() throws {
        let record = try SearchFixture.record()
        let first = index(record)
        let second = index(record, reusing: first.reuse)
        #expect(same(first, second))
        let reuse = try #require(second.reuse)
        #expect(reuse.tokenizedChunks == 0)
        #expect(reuse.compressedFiles == 0)
        // Without `keeping`, nothing is kept (a build to disk holds no text for later).
        #expect(SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison).reuse == nil)
    }

    @Test func anEditedRecordGivesACleanIndexsBytes() throws {
        let first = index(try SearchFixture.record())
        var files = SearchFixture.files
        // Words changed in a paragraph: the numbering stays, a few files change.
        files["content/positions/acme-2023.md"] = files["content/positions/acme-2023.md"]!
            .replacingOccurrences(of: "stays text.", with: "stays text, as an edit says.")
        let edited = try SearchFixture.record(files)
        let reused = index(edited, reusing: first.reuse)
        #expect(same(reused, index(edited)))
        let reuse = try #require(reused.reuse)
        #expect(reuse.compressedFiles > 0 && reuse.compressedFiles < reused.files.count, "\(reuse.compressedFiles) of \(reused.files.count)")
        // A paragraph added, then a position added: the numbering changes.
        files["content/positions/acme-2023.md"]! += "\nA sentence on dual criminality added by an edit.\n"
        let longer = try SearchFixture.record(files)
        let afterLonger = index(longer, reusing: reused.reuse)
        #expect(same(afterLonger, index(longer)))
        files["content/positions/acme-2024.md"] = files["content/positions/acme-2023.md"]!.replacingOccurrences(of: "2023", with: "2024")
        let added = try SearchFixture.record(files)
        #expect(same(index(added, reusing: afterLonger.reuse), index(added)))
    }
}
