import Corpus
import Diagnostics
import Structure

/// The provisions of the negotiated text across all drafts: which article of each draft
/// holds each provision, and the key each provision is published under.
///
/// Consecutive drafts are aligned by ``ArticleAligner``; `content/concordance.yml` places
/// articles by hand (its articles are never paired automatically); keys are chosen by
/// ``ProvisionKeys``. Provisions are in the order of the latest draft, with provisions that
/// left the text placed after the article they followed when they were last in it.
public struct Concordance: Sendable {
    public let provisions: [Provision]
    /// The provision of each article: draft id, then article anchor, to an index in ``provisions``.
    let lookup: [String: [String: Int]]

    /// The provision holding `articleAnchor` of `draftID`.
    public func provision(draft draftID: String, article articleAnchor: String) -> Provision? {
        lookup[draftID]?[articleAnchor].map { provisions[$0] }
    }

    /// The index in ``provisions`` of the provision holding `articleAnchor` of `draftID`.
    public func index(draft draftID: String, article articleAnchor: String) -> Int? {
        lookup[draftID]?[articleAnchor]
    }

    /// Builds the concordance of `drafts` (in corpus order), honouring `overrides` and the
    /// provision keys already published in `lockedKeys`.
    static func build(
        drafts: [StructuredCorpus.Draft], overrides: [ConcordanceOverride], lockedKeys: Set<String>, log: inout DiagnosticLog
    ) -> Concordance {
        let articles = drafts.map(\.text.articles)
        let texts = articles.map { $0.map(ProvisionText.of) }
        let chapters = drafts.map(Self.chapters)
        /// An article: draft index, article index.
        struct Place: Hashable { var draft: Int; var article: Int }

        // The editor's pairings.
        let placed = Self.resolve(overrides, drafts: drafts, log: &log)
        var fixed = Set<Place>()
        var next: [Place: (Place, Provision.Basis)] = [:]
        var hasPrevious = Set<Place>()
        var editorKeys: [Place: (key: String, line: Int)] = [:]
        for group in placed {
            let places = group.members.map { Place(draft: $0.draft, article: $0.article) }
            fixed.formUnion(places)
            for (a, b) in zip(places, places.dropFirst()) {
                next[a] = (b, .editor)
                hasPrevious.insert(b)
            }
            if let key = group.key, let first = places.first { editorKeys[first] = (key, group.line) }
        }

        // Computed pairings of consecutive drafts.
        var splitFrom: [Place: Place] = [:]
        var mergedInto: [Place: Place] = [:]
        let fingerprints = zip(articles, texts).map { articles, texts in zip(articles, texts).map(ArticleFingerprint.init) }
        if drafts.count > 1 {
            let fixed = fixed
            let results = parallelMap(Array(0..<(drafts.count - 1))) { d in
                ArticleAligner(older: fingerprints[d], newer: fingerprints[d + 1]).align(
                    fixedOlder: Set(fixed.filter { $0.draft == d }.map(\.article)),
                    fixedNewer: Set(fixed.filter { $0.draft == d + 1 }.map(\.article))
                )
            }
            for (d, result) in results.enumerated() {
                for link in result.links {
                    next[Place(draft: d, article: link.older)] = (Place(draft: d + 1, article: link.newer), link.basis)
                    hasPrevious.insert(Place(draft: d + 1, article: link.newer))
                }
                for (newer, older) in result.splits { splitFrom[Place(draft: d + 1, article: newer)] = Place(draft: d, article: older) }
                for (older, newer) in result.merges { mergedInto[Place(draft: d, article: older)] = Place(draft: d + 1, article: newer) }
            }
        }

        // Chains: each article without a previous one starts a provision.
        var chains: [[(Place, Provision.Basis?)]] = []
        var chainOf: [Place: Int] = [:]
        for d in drafts.indices {
            for a in articles[d].indices where !hasPrevious.contains(Place(draft: d, article: a)) {
                var chain: [(Place, Provision.Basis?)] = [(Place(draft: d, article: a), nil)]
                var place = Place(draft: d, article: a)
                while let (following, basis) = next[place] {
                    chain.append((following, basis))
                    place = following
                }
                for (member, _) in chain { chainOf[member] = chains.count }
                chains.append(chain)
            }
        }

        // Order: the latest draft's, then earlier drafts' provisions after their predecessor.
        var order: [Int] = []
        var ordered = Set<Int>()
        for d in drafts.indices.reversed() {
            var insertAt = 0
            for a in articles[d].indices {
                guard let chain = chainOf[Place(draft: d, article: a)] else { continue }
                if let at = order.firstIndex(of: chain) {
                    insertAt = at + 1
                } else if ordered.insert(chain).inserted {
                    order.insert(chain, at: insertAt)
                    insertAt += 1
                }
            }
        }

        func relation(_ place: Place) -> Provision.Relation {
            let article = articles[place.draft][place.article]
            return Provision.Relation(draftID: drafts[place.draft].source.id, number: article.number, anchor: article.anchor)
        }
        var provisions: [Provision] = order.map { chainIndex in
            let chain = chains[chainIndex]
            let versions = chain.map { place, basis in
                let article = articles[place.draft][place.article]
                return Provision.Version(
                    draftID: drafts[place.draft].source.id, draftIndex: place.draft, number: article.number,
                    anchor: article.anchor, title: article.title, chapter: chapters[place.draft][place.article],
                    text: texts[place.draft][place.article], basis: basis
                )
            }
            let first = chain[0].0, last = chain[chain.count - 1].0
            return Provision(
                key: "", versions: versions,
                splitFrom: splitFrom[first].map(relation), mergedInto: mergedInto[last].map(relation)
            )
        }
        let keyed = order.map { editorKeys[chains[$0][0].0] }
        ProvisionKeys.assign(to: &provisions, editorKeys: keyed, locked: lockedKeys)

        var lookup: [String: [String: Int]] = [:]
        for (index, provision) in provisions.enumerated() {
            for version in provision.versions { lookup[version.draftID, default: [:]][version.anchor] = index }
        }
        return Concordance(provisions: provisions, lookup: lookup)
    }

    /// The chapter of each article of a draft.
    private static func chapters(_ draft: StructuredCorpus.Draft) -> [Provision.Chapter?] {
        draft.text.parts.flatMap { part -> [Provision.Chapter?] in
            let chapter = part.anchor.map { anchor in
                Provision.Chapter(
                    anchor: anchor,
                    label: [part.kind == .annex ? "Annex" : "Chapter", part.number].compactMap { $0 }.joined(separator: " "),
                    title: part.title
                )
            }
            return Array(repeating: chapter, count: part.articles.count)
        }
    }
}
