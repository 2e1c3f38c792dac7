import Testing
@testable import Search

/// The postings of a run of documents: title and body hits, positions, citation terms.
@Suite struct IndexChunkTests {
    /// The indexed form of `word`.
    static func term(_ word: String) -> String {
        var tokenizer = Tokenizer()
        return tokenizer.terms(word)[0]
    }

    static func document(_ title: String, _ runs: [(String, Bool)], citations: [String] = []) -> SearchDocument {
        SearchDocument(
            url: "u", title: title, indexedTitle: title, context: "", body: runs.map { SearchDocument.Run(text: $0.0, emphasized: $0.1) },
            citationTerms: citations
        )
    }

    static func chunk(_ documents: [SearchDocument], first: Int = 0, kind: SearchDocument.Kind = .draft) -> IndexChunk {
        IndexChunk(documents: documents[...], first: first, kinds: Array(repeating: kind, count: documents.count)[...])
    }

    static func decode(_ bytes: [UInt8]) -> [Int] {
        V32.decode(String(decoding: bytes, as: UTF8.self))
    }

    @Test func titleWordsAreTitleHitsAndEmphasisCountsTwice() throws {
        let chunk = Self.chunk([Self.document("Dual criminality", [("dual review", false), (" dual", true)])], kind: .position)
        let dual = try #require(chunk.terms[Self.term("dual")])
        #expect(Self.decode(dual.bytes) == [PostingList.weight(titleHits: 1, bodyHits: 3, kind: .position)])
        let review = try #require(chunk.terms[Self.term("review")])
        #expect(Self.decode(review.bytes) == [PostingList.weight(titleHits: 0, bodyHits: 1, kind: .position)])
    }

    @Test func bodyPositionsFollowTheTitleWithAGap() throws {
        let chunk = Self.chunk([Self.document("Dual criminality", [("dual review", false), (" dual", true)])])
        // Title: dual 0, criminality 1; body from 3: dual 3, review 4, dual 5.
        #expect(Self.decode(try #require(chunk.terms[Self.term("dual")]).positions) == [3, 0, 3, 2])
        #expect(Self.decode(try #require(chunk.terms[Self.term("review")]).positions) == [1, 4])
    }

    @Test func stopWordsTakeAPositionButHaveNoPostings() throws {
        let chunk = Self.chunk([Self.document("", [("the review of data", false)])])
        #expect(chunk.terms["the"] == nil && chunk.terms["of"] == nil)
        // No title: the body starts at 1; "the" is 1, review 2, "of" 3, data 4.
        #expect(Self.decode(try #require(chunk.terms[Self.term("review")]).positions) == [1, 2])
        #expect(Self.decode(try #require(chunk.terms[Self.term("data")]).positions) == [1, 4])
    }

    @Test func documentsAreNumberedFromTheFirstOfTheChunk() throws {
        let chunk = Self.chunk([Self.document("Sovereignty", []), Self.document("Sovereignty and data", [])], first: 10)
        let sovereignty = try #require(chunk.terms[Self.term("sovereignty")])
        #expect(sovereignty.first == 10 && sovereignty.last == 11 && sovereignty.count == 2)
        #expect(Self.decode(sovereignty.bytes) == [1, 1, 1])
        let data = try #require(chunk.terms[Self.term("data")])
        #expect(data.first == 11 && data.last == 11)
    }

    @Test func citationTermsArePostedWithoutPositions() throws {
        let chunk = Self.chunk([Self.document("", [("text", false)], citations: ["~purposes", "~purposes/2"])], kind: .position)
        for term in ["~purposes", "~purposes/2"] {
            let list = try #require(chunk.terms[term])
            #expect(Self.decode(list.bytes) == [PostingList.weight(titleHits: 0, bodyHits: 1, kind: .position)])
            #expect(list.positions.isEmpty)
        }
    }

    @Test func eachTermIsPostedOncePerDocument() throws {
        let chunk = Self.chunk([Self.document("Data", [("data data data data data", false)])])
        let data = try #require(chunk.terms[Self.term("data")])
        #expect(data.count == 1)
        #expect(Self.decode(data.bytes) == [PostingList.weight(titleHits: 1, bodyHits: 5, kind: .draft)])
        #expect(Self.decode(data.positions) == [6, 0, 2, 1, 1, 1, 1])
    }

    @Test func aWordPartlyEmphasisedIsOneWord() {
        // "**Art**icle 5": the word is "Article", whatever its emphasis.
        let chunk = Self.chunk([Self.document("", [("Art", true), ("icle 5", false)])])
        #expect(chunk.terms[Self.term("Article")] != nil, "\(chunk.terms.keys.sorted())")
    
        #expect(chunk.terms[Self.term("5")] != nil)
    }
}
