/// The postings of a run of consecutive documents, built on one thread.
struct IndexChunk: Sendable {
    /// Postings by term.
    var terms: [String: PostingList] = [:]

    /// Tokenizes `documents`, numbered from `first`, with `kind` of each.
    init(documents: ArraySlice<SearchDocument>, first: Int, kinds: ArraySlice<SearchDocument.Kind>) {
        var tokenizer = Tokenizer()
        var number = first
        var stats: [String: TermStats] = [:]
        for (document, kind) in zip(documents, kinds) {
            stats.removeAll(keepingCapacity: true)
            let titleEnd = tokenizer.forEachTerm(in: document.indexedTitle, from: 0) { term, position in
                stats[term, default: TermStats()].title(position)
            }
            var position = titleEnd + 1
            for run in document.body {
                position = tokenizer.forEachTerm(in: run.text, from: position) { term, position in
                    stats[term, default: TermStats()].body(position, emphasized: run.emphasized)
                }
            }
            for (term, stat) in stats {
                let weight = PostingList.weight(titleHits: stat.titleHits, bodyHits: stat.bodyHits, kind: kind)
                terms[term, default: PostingList(first: number)].add(document: number, weight: weight, positions: stat.positions)
            }
            for term in document.citationTerms {
                let weight = PostingList.weight(titleHits: 0, bodyHits: 1, kind: kind)
                terms[term, default: PostingList(first: number)].add(document: number, weight: weight, positions: nil)
            }
            number += 1
        }
    }

    /// How often a term occurs in one document, and where.
    private struct TermStats {
        var titleHits = 0
        var bodyHits = 0
        var positions: [Int] = []

        mutating func title(_ position: Int) {
            titleHits += 1
            positions.append(position)
        }

        mutating func body(_ position: Int, emphasized: Bool) {
            bodyHits += emphasized ? 2 : 1
            positions.append(position)
        }
    }
}
