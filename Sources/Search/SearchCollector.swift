import Parallel
import Addressing
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
    /// The stakeholders sorted by id: the order of the stakeholder facet's values.
    let stakeholders: [StructuredCorpus.StakeholderProfile]
    /// The facet values: stakeholder, draft and session ids, by their index.
    let stakeholderIndex: [String: Int]
    let draftIndex: [String: Int]
    let sessionIndex: [String: Int]
    /// The short name of each stakeholder, by id.
    let stakeholderNames: [String: String]
    let citations: CitationIndex
    /// The citations each position makes: position id, then positions in `citations.passages`.
    let citationsByDocument: [String: [Int32]]
    /// The citation terms of each anchor of each draft: draft id, then anchor (`art_24__para_2`
    /// gives `~key`, `~key/2`).
    let anchorTerms: [String: [Anchor: [String]]]

    init(corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) {
        self.corpus = corpus
        self.comparison = comparison
        stakeholders = corpus.stakeholders.sorted { $0.source.id < $1.source.id }
        stakeholderIndex = Dictionary(stakeholders.enumerated().map { ($1.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        draftIndex = Dictionary(corpus.drafts.enumerated().map { ($1.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        stakeholderNames = Dictionary(corpus.stakeholders.map { ($0.source.id, $0.source.displayShort) }, uniquingKeysWith: { first, _ in first })
        sessionIndex = Dictionary(corpus.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.citations = citations
        var byDocument: [String: [Int32]] = [:]
        for (index, passage) in citations.passages.enumerated() { byDocument[passage.documentID, default: []].append(Int32(index)) }
        citationsByDocument = byDocument
        anchorTerms = Self.anchorTerms(corpus.drafts, comparison.concordance)
    }

    /// Every source with its entries, in index order.
    func sources() -> [SearchSource] {
        enum Item: Sendable { case draft(Int), position(Int), stakeholder(Int), page(Int), session(Int) }
        var items: [Item] = corpus.drafts.indices.reversed().map { .draft($0) }
        items += corpus.positions.indices.reversed().map { .position($0) }
        items += stakeholders.indices.map { .stakeholder($0) }
        items += corpus.pages.indices.sorted { corpus.pages[$0].source.id < corpus.pages[$1].source.id }.map { .page($0) }
        items += corpus.sessions.indices.map { .session($0) }
        return parallelMap(items) { item in
            switch item {
            case .draft(let i): draft(corpus.drafts[i])
            case .position(let i): position(corpus.positions[i])
            case .stakeholder(let i): stakeholder(stakeholders[i])
            case .page(let i): page(corpus.pages[i])
            case .session(let i): session(corpus.sessions[i])
            }
        }
    }

    /// `~key`, `~key/2`, `~key/2/b` for each anchor inside an article of each draft
    /// (docs/search.md): the terms of a passage citing that anchor.
    static func anchorTerms(_ drafts: [StructuredCorpus.Draft], _ concordance: Concordance) -> [String: [Anchor: [String]]] {
        var result: [String: [Anchor: [String]]] = [:]
        for draft in drafts {
            let id = draft.source.id
            var terms: [Anchor: [String]] = [:]
            for anchor in draft.text.anchors {
                guard let article = anchor.article, let key = concordance.provision(draft: id, article: article)?.key else { continue }
                var term = "~" + key
                var list = [term]
                for level in anchor.levelsBelowArticle {
                    term += "/" + level
                    list.append(term)
                }
                terms[anchor] = list
            }
            result[id] = terms
        }
        return result
    }

    /// The citation terms of each passage of the position `id`, by passage anchor.
    func citationTerms(ofDocument id: String) -> [Anchor: [String]] {
        var result: [Anchor: Set<String>] = [:]
        for index in citationsByDocument[id] ?? [] {
            let passage = citations.passages[Int(index)]
            guard let terms = anchorTerms[passage.draftID] else { continue }
            var found = Set<String>()
            for anchor in passage.articles + passage.anchors { found.formUnion(terms[anchor] ?? []) }
            if !found.isEmpty { result[passage.passageAnchor, default: []].formUnion(found) }
        }
        return result.mapValues { $0.sorted() }
    }
}
