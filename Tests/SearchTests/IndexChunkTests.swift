import Testing
@testable import Search

/// The postings of a run of documents: title and body hits, positions, citation terms, each
/// term's postings together in document order.
@Suite struct IndexChunkTests {
    /// The indexed form of `word`.
    static func term(_ word: String) -> String {
        Tokenizer().terms(word)[0]
    }

    static let citationNames = ["~purposes", "~purposes/2"]

    static func document(_ title: String, _ runs: [(String, Bool)], citations: [Int32] = []) -> SearchDocument {
        SearchDocument(
            url: "u", title: title, indexedTitle: title, context: "", body: runs.map { SearchDocument.Run(text: $0.0, emphasized: $0.1) },
            citationTerms: citations
        )
    }

    static func chunk(_ documents: [SearchDocument], first: Int = 0, kind: SearchDocument.Kind = .draft) -> IndexChunk {
        IndexChunk(documents: documents[...], first: first, kinds: Array(repeating: kind, count: documents.count)[...], citationTerms: citationNames)
    }

    /// The postings of `term` in `chunk`: documents, weights and decoded positions.
    struct Postings: Equatable {
        var documents: [Int]
        var weights: [Int]
        var positions: [Int]
    }

    static func postings(_ chunk: IndexChunk, _ term: String) -> Postings? {
        guard let t = chunk.terms.find(term).map(Int.init) else { return nil }
        let range = Int(chunk.termStarts[t])..<Int(chunk.termStarts[t + 1])
        let positions = chunk.positions[Int(chunk.positionStarts[t])..<Int(chunk.positionStarts[t + 1])]
        return Postings(
            documents: chunk.documents[range].map(Int.init), weights: chunk.weights[range].map(Int.init),
            positions: V32.decode(String(decoding: positions, as: UTF8.self))
        )
    }

    @Test func titleWordsAreTitleHitsAndEmphasisCountsTwice() throws {
        let chunk = Self.chunk([Self.document("Dual criminality", [("dual review", false), (" dual", true)])], kind: .position)
        let dual = try #require(Self.postings(chunk, Self.term("dual")))
        #expect(dual.weights == [PostingList.weight(titleHits: 1, bodyHits: 3, kind: .position)])
        let review = try #require(Self.postings(chunk, Self.term("review")))
        #expect(review.weights == [PostingList.weight(titleHits: 0, bodyHits: 1, kind: .position)])
    }

    @Test func bodyPositionsFollowTheTitleWithAGap() throws {
        let chunk = Self.chunk([Self.document("Dual criminality", [("dual review", false), (" dual", true)])])
        // Title: dual 0, criminality 1; body from 3: dual 3, review 4, dual 5.
        #expect(try #require(Self.postings(chunk, Self.term("dual"))).positions == [3, 0, 3, 2])
        #expect(try #require(Self.postings(chunk, Self.term("review"))).positions == [1, 4])
    }

    @Test func stopWordsTakeAPositionButHaveNoPostings() throws {
        let chunk = Self.chunk([Self.document("", [("the review of data", false)])])
        #expect(Self.postings(chunk, "the") == nil && Self.postings(chunk, "of") == nil)
        // No title: the body starts at 1; "the" is 1, review 2, "of" 3, data 4.
        #expect(try #require(Self.postings(chunk, Self.term("review"))).positions == [1, 2])
        #expect(try #require(Self.postings(chunk, Self.term("data"))).positions == [1, 4])
    }

    @Test func documentsAreNumberedFromTheFirstOfTheChunkAndATermsPostingsLieTogether() throws {
        let chunk = Self.chunk([Self.document("Sovereignty", []), Self.document("Data", []), Self.document("Sovereignty and data", [])], first: 10)
        let sovereignty = try #require(Self.postings(chunk, Self.term("sovereignty")))
        #expect(sovereignty.documents == [10, 12])
        // Each posting's positions, one after another: one position, 0, in each document.
        #expect(sovereignty.positions == [1, 0, 1, 0])
        #expect(try #require(Self.postings(chunk, Self.term("data"))).documents == [11, 12])
        #expect(chunk.count == 4)
    }

    @Test func citationTermsArePostedWithoutPositions() throws {
        let chunk = Self.chunk([Self.document("", [("text", false)], citations: [0, 1])], kind: .position)
        for term in Self.citationNames {
            let postings = try #require(Self.postings(chunk, term))
            #expect(postings.weights == [PostingList.weight(titleHits: 0, bodyHits: 1, kind: .position)])
            #expect(postings.positions.isEmpty)
        }
    }

    @Test func eachTermIsPostedOncePerDocumentWithAtMost32Positions() throws {
        let chunk = Self.chunk([Self.document("Data", [("data data data data data", false)])])
        let data = try #require(Self.postings(chunk, Self.term("data")))
        #expect(data.documents == [0])
        #expect(data.weights == [PostingList.weight(titleHits: 1, bodyHits: 5, kind: .draft)])
        #expect(data.positions == [6, 0, 2, 1, 1, 1, 1])
        let many = Self.chunk([Self.document("", [(String(repeating: "word ", count: 40), false)])])
        #expect(try #require(Self.postings(many, "word")).positions.first == PostingList.maximumPositions)
    }

    @Test func aWordPartlyEmphasisedIsOneWord() {
        // "**Art**icle 5": the word is "Article", whatever its emphasis.
        let chunk = Self.chunk([Self.document("", [("Art", true), ("icle 5", false)])])
        #expect(Self.postings(chunk, Self.term("Article")) != nil)
        #expect(Self.postings(chunk, Self.term("5")) != nil)
        #expect(Self.postings(chunk, "art") == nil)
    }

    @Test func aWordIsStemmedTheSameHoweverOftenItComes() throws {
        // Words are stopped and stemmed once each, then found by their bytes.
        let chunk = Self.chunk([Self.document("Parties", [("parties party Parties", false)]), Self.document("", [("parties", false)])])
        let party = try #require(Self.postings(chunk, "parti"))
        #expect(party.documents == [0, 1])
        #expect(party.positions == [4, 0, 2, 1, 1, 1, 1])
    }
}
