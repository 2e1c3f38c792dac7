/// Every citation the positions make, grouped the ways pages need them.
public struct CitationIndex: Sendable {
    /// All citations, in corpus order (positions by date, then passage order).
    public let passages: [CitedPassage]
    /// Citations of each article of each draft: draft id, then article anchor.
    public let byArticle: [String: [String: [CitedPassage]]]

    public init(passages: [CitedPassage]) {
        self.passages = passages
        var byArticle: [String: [String: [CitedPassage]]] = [:]
        for passage in passages {
            for article in passage.articles {
                byArticle[passage.draftID, default: [:]][article, default: []].append(passage)
            }
        }
        self.byArticle = byArticle
    }

    /// The passages citing `article` of `draft`.
    public func citing(draft: String, article: String) -> [CitedPassage] {
        byArticle[draft]?[article] ?? []
    }
}
