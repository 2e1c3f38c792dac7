import Addressing
/// Every citation the positions make, grouped the ways pages need them.
public struct CitationIndex: Sendable {
    /// All citations, in corpus order (positions by date, then passage order).
    public let passages: [CitedPassage]
    /// Positions in ``passages`` of the citations of each article of each draft: draft id,
    /// then article anchor (indices, not copies: a large record makes millions of citations).
    let byArticle: [String: [Anchor: [Int32]]]

    public init(passages: [CitedPassage]) {
        self.passages = passages
        var byArticle: [String: [Anchor: [Int32]]] = [:]
        for (index, passage) in passages.enumerated() {
            for article in passage.articles {
                byArticle[passage.draftID, default: [:]][article, default: []].append(Int32(index))
            }
        }
        self.byArticle = byArticle
    }

    /// The positions in ``passages`` of the citations of any of `articles` (draft id,
    /// article anchor), in corpus order: indices, so a provision cited thousands of times is
    /// grouped and sorted without copying its passages.
    public func indices(citing articles: [(draft: String, article: Anchor)]) -> [Int32] {
        articles.flatMap { byArticle[$0.draft]?[$0.article] ?? [] }.sorted()
    }

}
