import Citations
import Compare
import Corpus
import Diagnostics
import Markdown
import Structure

/// Gathers the entries of the index from the parsed record (not from the HTML), source by
/// source, in the order that numbers them: drafts, then positions, newest first (so ties
/// in ranking go to the newer), then stakeholders, pages and sessions.
struct SearchCollector: Sendable {
    let corpus: StructuredCorpus
    let comparison: Comparison
    /// The facet values: stakeholder, draft and session ids, by their index.
    let stakeholderIndex: [String: Int]
    let draftIndex: [String: Int]
    let sessionIndex: [String: Int]
    /// The short name of each stakeholder, by id.
    let stakeholderNames: [String: String]
    /// The citation terms of each passage of each position: position id, then anchor.
    let citationTerms: [String: [String: [String]]]

    init(corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) {
        self.corpus = corpus
        self.comparison = comparison
        stakeholderIndex = Dictionary(uniqueKeysWithValues: corpus.stakeholders.map(\.source.id).sorted().enumerated().map { ($1, $0) })
        draftIndex = Dictionary(corpus.drafts.enumerated().map { ($1.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        stakeholderNames = Dictionary(corpus.stakeholders.map { ($0.source.id, $0.source.displayShort) }, uniquingKeysWith: { first, _ in first })
        sessionIndex = Dictionary(corpus.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        citationTerms = Self.citationTerms(citations, comparison.concordance)
    }

    /// Every source with its entries, in index order.
    func sources() -> [SearchSource] {
        enum Item: Sendable { case draft(Int), position(Int), stakeholder(Int), page(Int), session(Int) }
        var items: [Item] = corpus.drafts.indices.reversed().map { .draft($0) }
        items += corpus.positions.indices.reversed().map { .position($0) }
        items += corpus.stakeholders.indices.sorted { corpus.stakeholders[$0].source.id < corpus.stakeholders[$1].source.id }.map { .stakeholder($0) }
        items += corpus.pages.indices.sorted { corpus.pages[$0].source.id < corpus.pages[$1].source.id }.map { .page($0) }
        items += corpus.sessions.indices.map { .session($0) }
        return parallelMap(items) { item in
            switch item {
            case .draft(let i): draft(corpus.drafts[i])
            case .position(let i): position(corpus.positions[i])
            case .stakeholder(let i): stakeholder(corpus.stakeholders[i])
            case .page(let i): page(corpus.pages[i])
            case .session(let i): session(corpus.sessions[i])
            }
        }
    }

    /// `~key`, `~key/2`, `~key/2/b` for each passage citing a provision (docs/search.md).
    static func citationTerms(_ citations: CitationIndex, _ concordance: Concordance) -> [String: [String: [String]]] {
        var result: [String: [String: Set<String>]] = [:]
        for passage in citations.passages {
            var terms = Set<String>()
            for article in passage.articles {
                if let key = concordance.provision(draft: passage.draftID, article: article)?.key { terms.insert("~" + key) }
            }
            for anchor in passage.anchors {
                let parts = anchor.components(separatedBy: "__")
                guard parts.count > 1, let key = concordance.provision(draft: passage.draftID, article: parts[0])?.key else { continue }
                var term = "~" + key
                for part in parts.dropFirst() {
                    guard let separator = part.firstIndex(of: "_") else { break }
                    term += "/" + part[part.index(after: separator)...]
                    terms.insert(term)
                }
            }
            result[passage.documentID, default: [:]][passage.passageAnchor, default: []].formUnion(terms)
        }
        return result.mapValues { $0.mapValues { $0.sorted() } }
    }
}
