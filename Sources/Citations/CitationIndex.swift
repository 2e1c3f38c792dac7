import Addressing
import Parallel
/// Every citation the positions make, grouped the ways pages need them.
public struct CitationIndex: Sendable {
    /// All citations, in corpus order (positions by date, then passage order).
    public let passages: [CitedPassage]
    /// Positions in ``passages`` of the citations of each article of each draft: draft id,
    /// then article anchor (indices, not copies: a large record makes millions of citations).
    let byArticle: [String: [Anchor: [Int32]]]

    public init(passages: [CitedPassage]) {
        self.passages = passages
        self.byArticle = Self.group(passages)
    }

    /// ``byArticle`` for `passages`: each run of passages grouped on its own core, then the
    /// runs' groups joined in order, so every list of indices stays ascending.
    static func group(_ passages: [CitedPassage]) -> [String: [Anchor: [Int32]]] {
        let runLength = 16_384
        let runs = stride(from: 0, to: passages.count, by: runLength).map { $0..<min($0 + runLength, passages.count) }
        let grouped = parallelMap(runs) { run -> [String: [Anchor: [Int32]]] in
            var byArticle: [String: [Anchor: [Int32]]] = [:]
            for index in run {
                let passage = passages[index]
                for article in passage.articles {
                    byArticle[passage.draftID, default: [:]][article, default: []].append(Int32(index))
                }
            }
            return byArticle
        }
        guard var byArticle = grouped.first else { return [:] }
        for next in grouped.dropFirst() {
            for (draft, articles) in next {
                byArticle[draft, default: [:]].merge(articles) { earlier, later in earlier + later }
            }
        }
        return byArticle
    }

    /// The positions in ``passages`` of the citations of any of `articles` (draft id,
    /// article anchor), in corpus order: indices, so a provision cited thousands of times is
    /// grouped and sorted without copying its passages.
    public func indices(citing articles: [(draft: String, article: Anchor)]) -> [Int32] {
        articles.flatMap { byArticle[$0.draft]?[$0.article] ?? [] }.sorted()
    }

}
