import Foundation
import Testing
@testable import Search

/// The postings of every chunk joined term by term, and cut into shards in UTF-16 order.
@Suite struct TermShardsTests {
    static func chunk(_ texts: [String], first: Int, citations: [[Int32]] = []) -> IndexChunk {
        let documents = texts.enumerated().map { i, text in
            SearchDocument(url: "u", title: "", indexedTitle: "", context: "", body: [.init(text: text, emphasized: false)], citationTerms: i < citations.count ? citations[i] : [])
        }
        return IndexChunk(documents: documents[...], first: first, kinds: Array(repeating: .position, count: texts.count)[...], citationTerms: ["~purposes"])
    }

    static func entries(_ json: [UInt8]?) throws -> [String: String] {
        let bytes = try #require(json)
        return try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String])
    }

    @Test func aTermsPostingsRunAcrossChunksInDocumentOrderWithGapsFromTheFirst() throws {
        let shards = TermShards([Self.chunk(["data review", "data"], first: 0), Self.chunk(["review", "data data"], first: 2)])
        #expect(shards.firstTerms == [""])
        let terms = try Self.entries(shards.terms[0])
        // Documents 0, 1 and 3: gaps 0, 1, 2; weight 10 (position, one body hit) or 12 (two).
        #expect(V32.decode(try #require(terms["data"])) == [0, 10, 1, 10, 2, 12])
        #expect(V32.decode(try #require(terms["review"])) == [0, 10, 2, 10])
        let positions = try Self.entries(shards.positions[0])
        #expect(V32.decode(try #require(positions["data"])) == [1, 1, 1, 1, 2, 1, 1])
    }

    @Test func citationTermsHaveNoPositionsAndAShardOfThemOnlyHasNoPositionsFile() throws {
        let shards = TermShards([Self.chunk(["data", "more"], first: 0, citations: [[0], [0]])])
        let terms = try Self.entries(shards.terms[0])
        #expect(V32.decode(try #require(terms["~purposes"])) == [0, 10, 1, 10])
        #expect(try Self.entries(shards.positions[0])["~purposes"] == nil)
    }

    @Test func shardsAreCutBySizeInUTF16OrderAndEachTermIsInOne() throws {
        // Enough distinct words to pass a shard's size several times.
        let words = (0..<4000).map { "w\($0)x" } + ["zeta", "\u{1D49C}x", "\u{FF21}\u{FF22}", "\u{E9}t\u{E9}", "日本語"]
        let shards = TermShards([Self.chunk(words, first: 0)])
        #expect(shards.terms.count > 2)
        #expect(shards.firstTerms.first == "")
        #expect(zip(shards.firstTerms.dropFirst(), shards.firstTerms.dropFirst(2)).allSatisfy { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        var seen = Set<String>()
        for (index, json) in shards.terms.enumerated() {
            #expect(json.count <= SearchIndex.termShardBytes + 64)
            for term in try Self.entries(json).keys {
                #expect(seen.insert(term).inserted, "\(term) in two shards")
                #expect(!term.utf16.lexicographicallyPrecedes(shards.firstTerms[index].utf16))
                if index + 1 < shards.firstTerms.count { #expect(term.utf16.lexicographicallyPrecedes(shards.firstTerms[index + 1].utf16)) }
            }
        }
        #expect(seen.count == Set(words.flatMap { Tokenizer().terms($0) }).count)
    }

    @Test func termsSortByUTF16CodeUnitsAsJavaScriptDoes() {
        // U+FF21 is one code unit, U+1D49C two beginning with 0xD835: JavaScript puts the
        // latter first, code points the other way round.
        let terms = ["\u{FF21}", "\u{1D49C}", "b", "a"]
        #expect(TermShards.utf16Order(terms).map { terms[$0] } == ["a", "b", "\u{1D49C}", "\u{FF21}"])
    }

    @Test func noTermsMeanNoShards() {
        let shards = TermShards([Self.chunk([""], first: 0)])
        #expect(shards.firstTerms.isEmpty && shards.terms.isEmpty && shards.positions.isEmpty)
    }
}
