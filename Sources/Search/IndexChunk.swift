/// The postings of a run of consecutive documents, built on one thread.
struct IndexChunk: Sendable {
    /// Postings by term.
    var terms: [String: PostingList] = [:]

    /// One occurrence of a term in the document being read.
    private struct Occurrence {
        var term: Int32
        var position: Int32
        /// 0 body, 1 emphasised body, 2 title.
        var field: UInt8
    }

    /// Tokenizes `documents`, numbered from `first`, with `kind` of each.
    init(documents: ArraySlice<SearchDocument>, first: Int, kinds: ArraySlice<SearchDocument.Kind>) {
        var tokenizer = Tokenizer()
        // Terms are numbered as they are met, so each word is hashed once.
        var ids: [String: Int32] = [:]
        var names: [String] = []
        var lists: [PostingList] = []
        var occurrences: [Occurrence] = []
        var number = first
        func id(_ term: String) -> Int32 {
            if let known = ids[term] { return known }
            let new = Int32(names.count)
            ids[term] = new
            names.append(term)
            lists.append(PostingList(first: number))
            return new
        }
        for (document, kind) in zip(documents, kinds) {
            occurrences.removeAll(keepingCapacity: true)
            let titleEnd = tokenizer.forEachTerm(in: document.indexedTitle, from: 0) { term, position in
                occurrences.append(Occurrence(term: id(term), position: Int32(position), field: 2))
            }
            var position = titleEnd + 1
            // Runs are read as one text: a word goes on across an emphasis boundary, and is
            // emphasised when any of its characters is.
            func occurrence(_ term: String, _ position: Int, _ emphasized: UInt8) {
                occurrences.append(Occurrence(term: id(term), position: Int32(position), field: emphasized))
            }
            for run in document.body {
                position = tokenizer.forEachTerm(in: run.text, from: position, tag: run.emphasized ? 1 : 0, continued: true, occurrence)
            }
            _ = tokenizer.finish(at: position, occurrence)
            // Grouped by term, positions in order within each.
            occurrences.sort { ($0.term, $0.position) < ($1.term, $1.position) }
            var start = 0
            var positions: [Int] = []
            while start < occurrences.count {
                let term = occurrences[start].term
                var end = start
                var titleHits = 0
                var bodyHits = 0
                positions.removeAll(keepingCapacity: true)
                while end < occurrences.count && occurrences[end].term == term {
                    switch occurrences[end].field {
                    case 2: titleHits += 1
                    case 1: bodyHits += 2
                    default: bodyHits += 1
                    }
                    positions.append(Int(occurrences[end].position))
                    end += 1
                }
                let weight = PostingList.weight(titleHits: titleHits, bodyHits: bodyHits, kind: kind)
                lists[Int(term)].add(document: number, weight: weight, positions: positions)
                start = end
            }
            for term in document.citationTerms {
                let weight = PostingList.weight(titleHits: 0, bodyHits: 1, kind: kind)
                lists[Int(id(term))].add(document: number, weight: weight, positions: nil)
            }
            number += 1
        }
        terms = Dictionary(uniqueKeysWithValues: zip(names, lists))
    }
}
