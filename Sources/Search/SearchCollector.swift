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
    /// gives `~key`, `~key/2`), as a range of `citationTermLists`, which holds numbers in
    /// `citationTermNames` (plain values, so that threads reading them share no counter).
    let anchorTerms: [String: [Anchor: Range<Int32>]]
    let citationTermLists: [Int32]
    /// Every citation term, sorted (so their numbers sort as they do).
    let citationTermNames: [String]

    init(corpus: StructuredCorpus, citations: CitationIndex, comparison: Comparison) {
        self.corpus = corpus
        self.comparison = comparison
        stakeholders = corpus.stakeholders.sorted { $0.source.id < $1.source.id }
        stakeholderIndex = Dictionary(stakeholders.enumerated().map { ($1.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        draftIndex = Dictionary(corpus.drafts.enumerated().map { ($1.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        stakeholderNames = Dictionary(corpus.stakeholders.map { ($0.source.id, $0.source.displayShort) }, uniquingKeysWith: { first, _ in first })
        sessionIndex = Dictionary(corpus.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.citations = citations
        // Citations come document by document: a document's id is looked up once per run.
        var byDocument: [String: [Int32]] = [:]
        citations.passages.withUnsafeBufferPointer { passages in
            var start = 0
            while start < passages.count {
                var end = start + 1
                while end < passages.count && passages[end].documentID == passages[start].documentID { end += 1 }
                byDocument[passages[start].documentID, default: []] += (start..<end).map { Int32($0) }
                start = end
            }
        }
        citationsByDocument = byDocument
        let terms = Self.anchorTerms(corpus.drafts, comparison.concordance)
        citationTermNames = Set(terms.values.flatMap { $0.values.flatMap { $0 } }).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: citationTermNames.enumerated().map { ($1, Int32($0)) })
        var lists: [Int32] = []
        var ranges: [String: [Anchor: Range<Int32>]] = [:]
        for draft in corpus.drafts {
            guard let anchors = terms[draft.source.id] else { continue }
            var byAnchor: [Anchor: Range<Int32>] = [:]
            for anchor in draft.text.anchors {
                guard let list = anchors[anchor] else { continue }
                let start = Int32(lists.count)
                lists += list.map { numbers[$0]! }
                byAnchor[anchor] = start..<Int32(lists.count)
            }
            ranges[draft.source.id] = byAnchor
        }
        anchorTerms = ranges
        citationTermLists = lists
    }

    /// Every source with its entries, in index order.
    func sources() -> [SearchSource] {
        parallelMap(items(), source)
    }

    /// A source of the index, before its entries are gathered.
    enum Item: Sendable { case draft(Int), position(Int), stakeholder(Int), page(Int), session(Int) }

    /// The sources, in index order.
    func items() -> [Item] {
        var items: [Item] = corpus.drafts.indices.reversed().map { .draft($0) }
        items += corpus.positions.indices.reversed().map { .position($0) }
        items += stakeholders.indices.map { .stakeholder($0) }
        items += corpus.pages.indices.sorted { corpus.pages[$0].source.id < corpus.pages[$1].source.id }.map { .page($0) }
        items += corpus.sessions.indices.map { .session($0) }
        return items
    }

    /// One source with its entries.
    @Sendable func source(_ item: Item) -> SearchSource {
        switch item {
        case .draft(let i): draft(corpus.drafts[i])
        case .position(let i): position(corpus.positions[i])
        case .stakeholder(let i): stakeholder(stakeholders[i])
        case .page(let i): page(corpus.pages[i])
        case .session(let i): session(corpus.sessions[i])
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

    /// The citation terms of each passage of the position `id`, by passage anchor: their
    /// numbers in ``citationTermNames``, sorted.
    func citationTerms(ofDocument id: String) -> [Anchor: [Int32]] {
        guard let indices = citationsByDocument[id] else { return [:] }
        var byPassage: [Anchor: [Int32]] = [:]
        var draft = ""
        var terms: [Anchor: Range<Int32>] = [:]
        citations.passages.withUnsafeBufferPointer { passages in
            citationTermLists.withUnsafeBufferPointer { lists in
                var found: [Int32] = []
                for index in indices {
                    let i = Int(index)
                    if passages[i].draftID != draft {
                        draft = passages[i].draftID
                        terms = anchorTerms[draft] ?? [:]
                    }
                    found.removeAll(keepingCapacity: true)
                    for anchor in passages[i].articles {
                        if let range = terms[anchor] { found += lists[Int(range.lowerBound)..<Int(range.upperBound)] }
                    }
                    for anchor in passages[i].anchors {
                        if let range = terms[anchor] { found += lists[Int(range.lowerBound)..<Int(range.upperBound)] }
                    }
                    if !found.isEmpty { byPassage[passages[i].passageAnchor, default: []] += found }
                }
            }
        }
        return byPassage.mapValues { numbers in
            var previous: Int32 = -1
            return numbers.sorted().compactMap { number in
                defer { previous = number }
                return number == previous ? nil : number
            }
        }
    }
}
