/// The postings of a run of consecutive documents, built on one thread: a term table of its
/// own and, term by term, one posting per document holding the term, in document order, with
/// its positions already encoded (docs/search.md, `positions/<n>.json.gz`). Each term's
/// postings lie together, so that joining the chunks reads memory in order.
struct IndexChunk: Sendable {
    /// The terms of these documents, numbered in the order met.
    private(set) var terms = TermTable()
    /// The postings of term `t` are `documents[termStarts[t]..<termStarts[t + 1]]` (and their
    /// weights), in document order.
    private(set) var termStarts: [Int32] = [0]
    private(set) var documents: [Int32] = []
    private(set) var weights: [UInt8] = []
    /// The positions of term `t`'s postings, one after another, are
    /// `positions[positionStarts[t]..<positionStarts[t + 1]]`: for each posting their count,
    /// the first, the gap to each next, in v32 (none for a citation term).
    private(set) var positionStarts: [Int32] = [0]
    private(set) var positions: [UInt8] = []

    // While reading, in document order: each posting's term, document, weight and where its
    // positions end in `readPositions`.
    private var postingTerms: [Int32] = []
    private var postingDocuments: [Int32] = []
    private var postingWeights: [UInt8] = []
    private var positionEnds: [Int32] = []
    private var readPositions: [UInt8] = []

    /// Tokenizes `documents`, numbered from `first`, with `kind` of each; `citationTerms`
    /// names the numbers of their citation terms; `language` gives the stop words and the stemmer.
    init(
        documents: ArraySlice<SearchDocument>, first: Int, kinds: ArraySlice<SearchDocument.Kind>, citationTerms: [String],
        language: SearchLanguage = .english
    ) {
        let tokenizer = Tokenizer(language: language)
        var sink = Words(language: language)
        // Each citation term's number in `terms`, once met.
        var citationNumbers = [Int32](repeating: -1, count: citationTerms.count)
        var number = first
        for (d, k) in zip(documents.indices, kinds.indices) {
            let kind = kinds[k]
            sink.occurrences.removeAll(keepingCapacity: true)
            // The title's words have the tag of a title (2), the body's 1 when emphasised.
            let titleEnd = tokenizer.forEachWord(in: documents[d].indexedTitle, from: 0, tag: 2, into: &sink)
            var position = titleEnd + 1
            // Runs are read as one text: a word goes on across an emphasis boundary, and is
            // emphasised when any of its characters is.
            for r in documents[d].body.indices {
                position = tokenizer.forEachWord(
                    in: documents[d].body[r].text, from: position, tag: documents[d].body[r].emphasized ? 1 : 0, continued: true, into: &sink
                )
            }
            _ = tokenizer.finishWord(at: position, into: &sink)
            sink.occurrences.sort()
            let occurrences = sink.occurrences
            var start = 0
            while start < occurrences.count {
                let term = occurrences[start] >> 34
                var end = start
                var titleHits = 0
                var bodyHits = 0
                while end < occurrences.count && occurrences[end] >> 34 == term {
                    switch occurrences[end] & 3 {
                    case 2: titleHits += 1
                    case 1: bodyHits += 2
                    default: bodyHits += 1
                    }
                    end += 1
                }
                // At most this many positions, each a gap from the one before.
                let kept = min(end - start, PostingList.maximumPositions)
                V32.append(kept, to: &readPositions)
                var previous = 0
                for i in start..<(start + kept) {
                    let position = Int(occurrences[i] >> 2 & 0xFFFF_FFFF)
                    V32.append(position - previous, to: &readPositions)
                    previous = position
                }
                add(term: Int32(term), document: number, weight: PostingList.weight(titleHits: titleHits, bodyHits: bodyHits, kind: kind))
                start = end
            }
            for citation in documents[d].citationTerms {
                if citationNumbers[Int(citation)] < 0 { citationNumbers[Int(citation)] = sink.terms.number(of: citationTerms[Int(citation)]) }
                add(term: citationNumbers[Int(citation)], document: number, weight: PostingList.weight(titleHits: 0, bodyHits: 1, kind: kind))
            }
            number += 1
        }
        terms = sink.terms
        groupByTerm()
    }

    /// Numbers the words of the documents: each distinct word (as read, folded) is stopped or
    /// stemmed once, then found by its bytes.
    private struct Words: Tokenizer.Sink {
        let language: SearchLanguage
        var terms = TermTable(capacity: 4096)
        /// The words met, and the term of each (-1 for a stop word).
        var words = TermTable(capacity: 4096)
        var termOfWord: [Int32] = []
        /// The current document's occurrences: term number << 34 | position << 2 | tag (0 body,
        /// 1 emphasised, 2 title), so that sorting groups them by term, in position order.
        var occurrences: [UInt64] = []
        var scratch: [UInt8] = []

        mutating func word(_ word: UnsafeBufferPointer<UInt8>, position: Int, tag: UInt8) {
            let number = Int(words.number(of: word))
            if number == termOfWord.count {
                termOfWord.append(language.term(of: word, into: &scratch) ? scratch.withUnsafeBufferPointer { terms.number(of: $0) } : -1)
            }
            let term = termOfWord[number]
            if term >= 0 { occurrences.append(UInt64(term) << 34 | UInt64(position) << 2 | UInt64(tag)) }
        }
    }

    private mutating func add(term: Int32, document: Int, weight: Int) {
        postingTerms.append(term)
        postingDocuments.append(Int32(document))
        postingWeights.append(UInt8(weight))
        positionEnds.append(Int32(readPositions.count))
    }

    /// The postings read in document order, listed term by term (a stable counting sort).
    private mutating func groupByTerm() {
        let termCount = terms.count
        var counts = [Int32](repeating: 0, count: termCount + 1)
        var bytes = [Int32](repeating: 0, count: termCount + 1)
        for (i, term) in postingTerms.enumerated() {
            counts[Int(term) + 1] += 1
            bytes[Int(term) + 1] += positionEnds[i] - (i == 0 ? 0 : positionEnds[i - 1])
        }
        for t in 0..<termCount {
            counts[t + 1] += counts[t]
            bytes[t + 1] += bytes[t]
        }
        termStarts = counts
        positionStarts = bytes
        documents = [Int32](repeating: 0, count: postingTerms.count)
        weights = [UInt8](repeating: 0, count: postingTerms.count)
        positions = [UInt8](repeating: 0, count: readPositions.count)
        var next = counts
        var nextByte = bytes
        for (i, term) in postingTerms.enumerated() {
            let t = Int(term)
            let slot = Int(next[t])
            next[t] += 1
            documents[slot] = postingDocuments[i]
            weights[slot] = postingWeights[i]
            var from = i == 0 ? 0 : Int(positionEnds[i - 1])
            var to = Int(nextByte[t])
            while from < Int(positionEnds[i]) {
                positions[to] = readPositions[from]
                to += 1
                from += 1
            }
            nextByte[t] = Int32(to)
        }
        postingTerms = []
        postingDocuments = []
        postingWeights = []
        positionEnds = []
        readPositions = []
    }

    /// The number of postings.
    var count: Int { documents.count }
}
