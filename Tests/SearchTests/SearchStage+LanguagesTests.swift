import Foundation
import Testing
@testable import Search

/// An index per language: under the language's folder, its links under that folder, its
/// language and stop words recorded, its words analysed as that language's.
@Suite struct SearchStageLanguagesTests {
    /// The JSON of `<path>.json.gz` in `index`, inflated.
    static func json(_ index: SearchIndex, _ path: String) throws -> Any {
        let file = try #require(index.files.first { $0.path == path + ".json.gz" }, "no \(path)")
        return try JSONSerialization.jsonObject(with: Data(try Inflate.gunzip(Array(file.data))))
    }

    /// Every term of every term shard of `index` under `folder`.
    static func terms(_ index: SearchIndex, folder: String = "") throws -> Set<String> {
        var terms = Set<String>()
        for file in index.files where file.path.hasPrefix(folder + "search/terms/") {
            let shard = try JSONSerialization.jsonObject(with: Data(try Inflate.gunzip(Array(file.data)))) as? [String: String]
            terms.formUnion(try #require(shard).keys)
        }
        return terms
    }

    @Test func anIndexForAnotherLanguageLivesUnderItsFolderAndLinksThere() throws {
        let record = try SearchFixture.record()
        let index = SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison, language: "fr-CA", folder: "fr")
        #expect(!index.files.isEmpty)
        #expect(index.files.allSatisfy { $0.path.hasPrefix("fr/search/") }, "\(index.files.map(\.path))")
        let entry = try #require(try Self.json(index, "fr/search/index") as? [String: Any])
        #expect(entry["language"] as? String == "fr")
        #expect(entry["prefix"] as? String == "fr/")
        #expect(entry["stopwords"] as? [String] == SearchLanguage("fr").stopWords)
        let latest = try #require(entry["latest"] as? [String: Any])
        #expect(latest["url"] as? String == "fr/drafts/second/")
        let groups = try #require(try Self.json(index, "fr/search/docs/0") as? [[Any]])
        let pages = groups.compactMap { $0[0] as? String }
        #expect(!pages.isEmpty && pages.allSatisfy { $0.hasPrefix("fr/") }, "\(pages)")
        // French analysis: no English stemming, French stop words.
        let terms = try Self.terms(index, folder: "fr/")
        #expect(terms.contains("parties") && !terms.contains("parti"))
        #expect(terms.contains("the") && !terms.contains("de"))
    }

    @Test func theDefaultCallIsTheEnglishIndexUnderSearch() throws {
        let record = try SearchFixture.record()
        let plain = SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison)
        let english = SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison, language: "en", folder: "")
        #expect(plain.files.map(\.path) == english.files.map(\.path))
        #expect(zip(plain.files, english.files).allSatisfy { $0.data == $1.data })
        let entry = try #require(try Self.json(plain, "search/index") as? [String: Any])
        #expect(entry["language"] as? String == "en")
        #expect(entry["prefix"] as? String == "")
    }

    @Test func aLinkFunctionPlacesDocumentsPublishedUnderAnotherLanguage() throws {
        let record = try SearchFixture.record()
        let index = SearchStage.index(
            record.corpus, citations: record.citations, comparison: record.comparison, language: "fr", folder: "fr/",
            link: { $0.hasPrefix("positions/acme") ? "es/" + $0 : "fr/" + $0 }
        )
        let groups = try #require(try Self.json(index, "fr/search/docs/0") as? [[Any]])
        let pages = Set(groups.compactMap { $0[0] as? String })
        #expect(pages.contains("es/positions/acme-2023/") && pages.contains("fr/positions/freedonia-2023/"))
    }

    static let chineseFiles: [String: String] = [
        "content/site.yml": "title: 记录\nbase_url: https://example.org/\nlanguage: zh\n",
        "content/stakeholders/china.md": "---\nname: 中国\nkind: member-state\n---\n会员国。\n",
        "content/positions/china-2023.md": """
            ---
            title: 立场
            stakeholder: china
            date: "2023-03-01"
            kind: statement
            ---
            各缔约国应当打击网络犯罪，加强国际合作。

            """,
    ]

    @Test func chineseTextIsIndexedAsOverlappingBigramsWithoutStopWords() throws {
        let record = try SearchFixture.record(Self.chineseFiles)
        let index = SearchStage.index(record.corpus, citations: record.citations, comparison: record.comparison, language: "zh")
        let terms = try Self.terms(index)
        for bigram in ["网络", "络犯", "犯罪", "国际", "合作", "缔约"] { #expect(terms.contains(bigram), "\(bigram)") }
        #expect(!terms.contains("网络犯罪"))
        let entry = try #require(try Self.json(index, "search/index") as? [String: Any])
        #expect(entry["language"] as? String == "zh")
        #expect(entry["stopwords"] as? [String] == [])
    }
}
