import Addressing
import Corpus
import Diagnostics
import Parallel
import Structure

extension Concordance {
    /// An article: draft index, article index.
    struct Place: Hashable {
        var draft: Int
        var article: Int
    }

    /// Which article continues which in the next draft, and how that was decided.
    struct Pairings {
        /// The article that continues each article in the next draft, and on what basis.
        var next: [Place: (Place, Provision.Basis)] = [:]
        /// Articles that continue one of the previous draft.
        var hasPrevious = Set<Place>()
        /// Articles the editor placed (never paired automatically).
        var fixed = Set<Place>()
        /// Keys the editor gave, by the first article of their provision.
        var editorKeys: [Place: (key: String, line: Int)] = [:]
        /// An article split from one of the previous draft.
        var splitFrom: [Place: Place] = [:]
        /// An article merged into one of the next draft.
        var mergedInto: [Place: Place] = [:]

        mutating func link(_ older: Place, _ newer: Place, basis: Provision.Basis) {
            next[older] = (newer, basis)
            hasPrevious.insert(newer)
        }
    }

    /// Builds the concordance of `drafts` (in corpus order), honouring `overrides` and the
    /// provision keys already published in `lockedKeys`: the editor's pairings, then the
    /// computed ones between consecutive drafts, then the chains of articles they make, in
    /// the order of the latest draft, as provisions with their keys.
    static func build(
        drafts: [StructuredCorpus.Draft], overrides: [ConcordanceOverride], lockedKeys: Set<String>, log: inout DiagnosticLog
    ) -> Concordance {
        let articles = drafts.map(\.text.articles)
        let texts = articles.map { $0.map(ProvisionText.of) }
        var pairings = editorPairings(resolve(overrides, drafts: drafts, log: &log))
        computedPairings(articles, texts: texts, into: &pairings)
        let (chains, chainOf) = chains(articles, pairings: pairings)
        let order = order(articles, chainOf: chainOf)
        var provisions = provisions(
            order.map { chains[$0] }, drafts: drafts, texts: texts, pairings: pairings
        )
        ProvisionKeys.assign(to: &provisions, editorKeys: order.map { pairings.editorKeys[chains[$0][0].0] }, locked: lockedKeys)
        var lookup: [String: [Anchor: Int]] = [:]
        for (index, provision) in provisions.enumerated() {
            for version in provision.versions { lookup[version.draftID, default: [:]][version.anchor] = index }
        }
        return Concordance(provisions: provisions, lookup: lookup)
    }

    /// The editor's pairings from `concordance.yml`, each group a chain of its own.
    private static func editorPairings(_ groups: [PlacedOverride]) -> Pairings {
        var pairings = Pairings()
        for group in groups {
            let places = group.members.map { Place(draft: $0.draft, article: $0.article) }
            pairings.fixed.formUnion(places)
            for (a, b) in zip(places, places.dropFirst()) { pairings.link(a, b, basis: .editor) }
            if let key = group.key, let first = places.first { pairings.editorKeys[first] = (key, group.line) }
        }
        return pairings
    }

    /// Aligns each pair of consecutive drafts (in parallel), leaving the editor's articles alone.
    private static func computedPairings(_ articles: [[Article]], texts: [[String]], into pairings: inout Pairings) {
        guard articles.count > 1 else { return }
        let fingerprints = zip(articles, texts).map { articles, texts in zip(articles, texts).map(ArticleFingerprint.init) }
        let fixed = pairings.fixed
        let results = parallelMap(Array(0..<(articles.count - 1))) { d in
            ArticleAligner(older: fingerprints[d], newer: fingerprints[d + 1]).align(
                fixedOlder: Set(fixed.filter { $0.draft == d }.map(\.article)),
                fixedNewer: Set(fixed.filter { $0.draft == d + 1 }.map(\.article))
            )
        }
        for (d, result) in results.enumerated() {
            for link in result.links {
                pairings.link(Place(draft: d, article: link.older), Place(draft: d + 1, article: link.newer), basis: link.basis)
            }
            for (newer, older) in result.splits { pairings.splitFrom[Place(draft: d + 1, article: newer)] = Place(draft: d, article: older) }
            for (older, newer) in result.merges { pairings.mergedInto[Place(draft: d, article: older)] = Place(draft: d + 1, article: newer) }
        }
    }

    /// The chains of paired articles: each article without a previous one starts a provision.
    private static func chains(_ articles: [[Article]], pairings: Pairings) -> ([[(Place, Provision.Basis?)]], [Place: Int]) {
        var chains: [[(Place, Provision.Basis?)]] = []
        var chainOf: [Place: Int] = [:]
        for d in articles.indices {
            for a in articles[d].indices where !pairings.hasPrevious.contains(Place(draft: d, article: a)) {
                var chain: [(Place, Provision.Basis?)] = [(Place(draft: d, article: a), nil)]
                var place = Place(draft: d, article: a)
                while let (following, basis) = pairings.next[place] {
                    chain.append((following, basis))
                    place = following
                }
                for (member, _) in chain { chainOf[member] = chains.count }
                chains.append(chain)
            }
        }
        return (chains, chainOf)
    }

    /// The order of the chains: the latest draft's, then earlier drafts' provisions after
    /// the article they followed.
    private static func order(_ articles: [[Article]], chainOf: [Place: Int]) -> [Int] {
        var order: [Int] = []
        var ordered = Set<Int>()
        for d in articles.indices.reversed() {
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
        return order
    }

    /// The provisions of the ordered chains, without keys yet.
    private static func provisions(
        _ chains: [[(Place, Provision.Basis?)]], drafts: [StructuredCorpus.Draft], texts: [[String]], pairings: Pairings
    ) -> [Provision] {
        let articles = drafts.map(\.text.articles)
        let chapters = drafts.map(Self.chapters)
        func relation(_ place: Place) -> Provision.Relation {
            let article = articles[place.draft][place.article]
            return Provision.Relation(draftID: drafts[place.draft].source.id, number: article.number, anchor: article.anchor)
        }
        return chains.map { chain in
            let versions = chain.map { place, basis in
                let article = articles[place.draft][place.article]
                return Provision.Version(
                    draftID: drafts[place.draft].source.id, draftIndex: place.draft, number: article.number,
                    anchor: article.anchor, title: article.title, chapter: chapters[place.draft][place.article],
                    text: texts[place.draft][place.article], basis: basis
                )
            }
            let (first, last) = (chain[0].0, chain[chain.count - 1].0)
            return Provision(
                key: "", versions: versions,
                splitFrom: pairings.splitFrom[first].map(relation), mergedInto: pairings.mergedInto[last].map(relation)
            )
        }
    }
}
