import Addressing
import Testing
@testable import Citations

/// Citations grouped by the article they cite, for backlinks.
@Suite struct CitationIndexTests {
    static func cited(_ document: String, _ passage: Int, _ draft: String, _ articles: [String]) -> CitedPassage {
        CitedPassage(
            documentID: document, passageAnchor: .passage(passage), line: passage, draftID: draft,
            anchors: articles.map(Anchor.article), articles: articles.map(Anchor.article), sentence: "", markStart: 0, markEnd: 0
        )
    }

    static let index = CitationIndex(passages: [
        cited("acme", 1, "zero", ["24"]),
        cited("acme", 2, "zero", ["1", "2", "3"]),
        cited("beta", 1, "revised", ["24"]),
        cited("beta", 2, "zero", ["24"]),
        cited("gamma", 1, "revised", ["26"]),
    ])

    @Test func theCitationsOfAnArticleAreInCorpusOrder() {
        #expect(Self.index.indices(citing: [("zero", .article("24"))]) == [0, 3])
    }

    @Test func aRangeCitesEachArticleInIt() {
        #expect(Self.index.indices(citing: [("zero", .article("2"))]) == [1])
        #expect(Self.index.indices(citing: [("zero", .article("3"))]) == [1])
    }

    @Test func theSameNumberInAnotherDraftIsAnotherArticle() {
        #expect(Self.index.indices(citing: [("revised", .article("24"))]) == [2])
    }

    @Test func theCitationsOfSeveralArticlesAreMergedInCorpusOrder() {
        // One provision: Article 26 of the revised draft was Article 24 of the zero draft.
        #expect(Self.index.indices(citing: [("revised", .article("26")), ("zero", .article("24"))]) == [0, 3, 4])
    }

    @Test func anArticleNoOneCitesHasNoCitations() {
        #expect(Self.index.indices(citing: [("zero", .article("99")), ("other", .article("24"))]).isEmpty)
        #expect(Self.index.indices(citing: []).isEmpty)
    }

    @Test func passagesKeepTheirOrder() {
        #expect(Self.index.passages.map { "\($0.documentID)#\($0.passageAnchor)" } == ["acme#p_1", "acme#p_2", "beta#p_1", "beta#p_2", "gamma#p_1"])
    }

    /// A record larger than one run of the grouping (grouped on several cores) is grouped
    /// as one loop over its citations groups it: every list in corpus order.
    @Test func citationsGroupedOnSeveralCoresKeepCorpusOrder() {
        let passages = (0..<40_000).map { number in
            Self.cited("doc-\(number / 7)", number % 7 + 1, "v\(number % 3)", ["\(number % 11 + 1)", "\(number % 5 + 1)"])
        }
        var expected: [String: [Anchor: [Int32]]] = [:]
        for (index, passage) in passages.enumerated() {
            for article in passage.articles { expected[passage.draftID, default: [:]][article, default: []].append(Int32(index)) }
        }
        #expect(CitationIndex(passages: passages).byArticle == expected)
    }
}
