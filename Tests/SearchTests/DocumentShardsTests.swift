import Foundation
import Testing
@testable import Search

/// Runs of documents, a page's documents in one group that gives its address and context once.
@Suite struct DocumentShardsTests {
    static func document(_ url: String, _ title: String, _ context: String, _ text: String = "") -> SearchDocument {
        SearchDocument(url: url, title: title, indexedTitle: "", context: context, body: text.isEmpty ? [] : [.init(text: text, emphasized: false)])
    }

    static func json(_ bytes: [UInt8]) throws -> [[Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [[Any]])
    }

    @Test func aPagesDocumentsShareAGroupAndARepeatedTitleIsWrittenAsZero() throws {
        let documents = [
            Self.document("positions/icc/", "Key positions", "ICC · Key positions · 2023", "Briefing"),
            Self.document("positions/icc/#safeguards", "Safeguards", "ICC · Key positions · 2023"),
            Self.document("positions/icc/#p_1", "Safeguards", "ICC · Key positions · 2023 · ¶1", "Dual criminality."),
            Self.document("positions/icc/#p_2", "Safeguards", "ICC · Key positions · 2023 · ¶2", "<b>"),
            Self.document("pages/about/", "About", "Page"),
            Self.document("pages/about/#p_1", "About", "About", "Text"),
        ]
        let shards = DocumentShards(documents)
        #expect(shards.counts == [6])
        let groups = try Self.json(shards.files[0])
        #expect(groups.count == 3, "a context that does not go on the group's starts a new one")
        #expect(groups[0][0] as? String == "positions/icc/")
        #expect(groups[0][1] as? String == "ICC · Key positions · 2023")
        let entries = try #require(groups[0][2] as? [[Any]])
        #expect(entries.map { $0[0] as? String } == ["", "safeguards", "p_1", "p_2"])
        #expect(entries[2][1] as? Int == 0 && entries[3][1] as? Int == 0)
        #expect(entries[1][1] as? String == "Safeguards")
        #expect(entries.map { $0[2] as? String } == ["", "", " · ¶1", " · ¶2"])
        #expect(entries[3][3] as? String == "<b>")
        #expect(!String(decoding: shards.files[0], as: UTF8.self).contains("<"))
        #expect((groups[2][2] as? [[Any]])?.first?[1] as? String == "About", "a group's first title is always written")
    }

    @Test func shardsAreCutAtAboutTheirSizeAndCountTheirDocuments() throws {
        let text = String(repeating: "States Parties shall cooperate. ", count: 30)
        let documents = (0..<400).map { Self.document("positions/p\($0 / 10)/#p_\($0 % 10)", "Title", "Context", text) }
        let shards = DocumentShards(documents)
        #expect(shards.counts.count > 1)
        #expect(shards.counts.reduce(0, +) == documents.count)
        for (count, file) in zip(shards.counts, shards.files) {
            #expect(file.count < SearchIndex.documentShardBytes + 2000)
            let held = try Self.json(file).reduce(0) { $0 + (($1[2] as? [[Any]])?.count ?? 0) }
            #expect(held == count)
        }
    }

    @Test func aLongTextIsCutAtAWord() {
        let long = String(repeating: "word ", count: 400)
        let cut = SearchStage.snippetText(long)
        #expect(cut.hasSuffix(" …") && cut.count <= SearchIndex.maximumTextLength + 2)
        #expect(SearchStage.snippetText("  short  ") == "short")
    }
}
