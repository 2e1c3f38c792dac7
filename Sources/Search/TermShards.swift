import Markdown
import Parallel

/// The term and position shards (docs/search.md, `terms/<n>.json.gz`, `positions/<n>.json.gz`):
/// the postings of every chunk joined term by term, terms in UTF-16 order, cut into shards
/// whose postings and positions each stay under ``SearchIndex/termShardBytes``.
struct TermShards {
    /// The first term of each shard (`""` for the first).
    var firstTerms: [String] = []
    /// The JSON of each shard's postings.
    var terms: [[UInt8]] = []
    /// The JSON of each shard's positions; `nil` for a shard of citation terms only.
    var positions: [[UInt8]?] = []

    init(_ chunks: [IndexChunk]) {
        // Every chunk's terms numbered in one table, then ranked in UTF-16 order.
        var table = TermTable(capacity: chunks.map(\.terms.count).max() ?? 16)
        let local: [[Int32]] = chunks.map { chunk in
            chunk.terms.bytes.withUnsafeBufferPointer { bytes in
                (0..<chunk.terms.count).map { i in
                    let start = Int(chunk.terms.starts[i])
                    return table.number(of: UnsafeBufferPointer(rebasing: bytes[start..<Int(chunk.terms.starts[i + 1])]))
                }
            }
        }
        let names = (0..<table.count).map { table.string($0) }
        let sorted = Self.utf16Order(names)
        var rank = [Int32](repeating: 0, count: names.count)
        for (position, term) in sorted.enumerated() { rank[term] = Int32(position) }

        // Every chunk's postings in one run of arrays, and for each term the pieces of them
        // that are its postings, in chunk order (so in document order).
        var all = Postings()
        var pieces: [Piece] = []
        for (c, chunk) in chunks.enumerated() {
            let (documentBase, positionBase) = (all.documents.count, all.positions.count)
            all.append(chunk)
            for l in 0..<chunk.terms.count {
                pieces.append(Piece(
                    rank: rank[Int(local[c][l])],
                    documents: documentBase + Int(chunk.termStarts[l]), documentsEnd: documentBase + Int(chunk.termStarts[l + 1]),
                    positions: positionBase + Int(chunk.positionStarts[l]), positionsEnd: positionBase + Int(chunk.positionStarts[l + 1])
                ))
            }
        }
        var starts = [Int](repeating: 0, count: names.count + 1)
        var postingCounts = [Int](repeating: 0, count: names.count + 1)
        for piece in pieces {
            starts[Int(piece.rank) + 1] += 1
            postingCounts[Int(piece.rank) + 1] += piece.documentsEnd - piece.documents
        }
        for i in 0..<names.count {
            starts[i + 1] += starts[i]
            postingCounts[i + 1] += postingCounts[i]
        }
        var cursor = starts
        var ordered = pieces
        for piece in pieces {
            ordered[cursor[Int(piece.rank)]] = piece
            cursor[Int(piece.rank)] += 1
        }

        // Each term's entry, `"term":"…"`, in postings and in positions, encoded in parallel
        // over runs of terms.
        let termsInOrder = sorted.map { names[$0] }
        let runs = Self.runs(postingCounts, count: 16)
        let (pieceStarts, orderedPieces, postings) = (starts, ordered, all)
        let encoded = parallelMap(runs) { run in
            Encoded(run, terms: termsInOrder, starts: pieceStarts, pieces: orderedPieces, postings: postings)
        }

        // Shards close when their postings or their positions would pass the size.
        var run = 0
        var shardRanks: [Range<Int>] = []
        var first = 0
        var postingBytes = 0
        var positionBytes = 0
        for r in 0..<termsInOrder.count {
            while !runs[run].contains(r) { run += 1 }
            let (postings, positions) = encoded[run].sizes(r)
            if r > first && (postingBytes + postings + 2 > SearchIndex.termShardBytes || positionBytes + positions + 2 > SearchIndex.termShardBytes) {
                shardRanks.append(first..<r)
                first = r
                postingBytes = 0
                positionBytes = 0
            }
            postingBytes += postings + 1
            positionBytes += positions + 1
        }
        if first < termsInOrder.count { shardRanks.append(first..<termsInOrder.count) }

        firstTerms = shardRanks.enumerated().map { $0 == 0 ? "" : termsInOrder[$1.lowerBound] }
        let files = parallelMap(shardRanks) { ranks -> ([UInt8], [UInt8]?) in
            var postings: [UInt8] = [0x7B]
            var positions: [UInt8] = [0x7B]
            for r in ranks {
                let part = encoded[runs.firstIndex { $0.contains(r) }!]
                if postings.count > 1 { postings.append(0x2C) }
                postings += part.postings(r)
                let entry = part.positions(r)
                if !entry.isEmpty {
                    if positions.count > 1 { positions.append(0x2C) }
                    positions += entry
                }
            }
            postings += [0x7D, 0x0A]
            return (postings, positions.count > 1 ? positions + [0x7D, 0x0A] : nil)
        }
        terms = files.map(\.0)
        positions = files.map(\.1)
    }

    /// `terms` sorted by UTF-16 code units (JavaScript's `<`), as indices into it.
    static func utf16Order(_ terms: [String]) -> [Int] {
        let keys = terms.map { Array($0.utf16) }
        return keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
    }

    /// Consecutive ranges of terms holding about equal numbers of postings (`starts[r]`: the
    /// postings of the terms before `r`).
    private static func runs(_ starts: [Int], count: Int) -> [Range<Int>] {
        let terms = starts.count - 1
        guard terms > 0 else { return [0..<0] }
        let total = starts[terms]
        var result: [Range<Int>] = []
        var first = 0
        for r in 0..<terms where starts[r + 1] - starts[first] >= max(1, total / count) {
            result.append(first..<(r + 1))
            first = r + 1
        }
        if first < terms { result.append(first..<terms) }
        return result
    }

    /// Every chunk's postings, one chunk after another.
    struct Postings: Sendable {
        var documents: [Int32] = []
        var weights: [UInt8] = []
        var positions: [UInt8] = []

        mutating func append(_ chunk: IndexChunk) {
            documents += chunk.documents
            weights += chunk.weights
            positions += chunk.positions
        }
    }

    /// The postings of one term in one chunk: where they lie in ``Postings``.
    struct Piece: Sendable {
        var rank: Int32
        var documents: Int
        var documentsEnd: Int
        var positions: Int
        var positionsEnd: Int
    }

    /// The entries of a run of terms: `"term":"postings"` and `"term":"positions"` one after
    /// another, with where each ends.
    private struct Encoded: Sendable {
        let first: Int
        var postingBytes: [UInt8] = []
        var postingEnds: [Int] = []
        var positionBytes: [UInt8] = []
        var positionEnds: [Int] = []

        init(_ run: Range<Int>, terms: [String], starts: [Int], pieces: [Piece], postings: Postings) {
            first = run.lowerBound
            guard !run.isEmpty else { return }
            let keys = run.map { r -> [UInt8] in
                var key = JSONWriter()
                key.string(terms[r])
                key.raw(":\"")
                return key.bytes
            }
            let mine = pieces[starts[run.lowerBound]..<starts[run.upperBound]]
            // A posting takes at most 7 digits for its gap and 1 for its weight.
            let keyBytes = keys.reduce(0) { $0 + $1.count + 1 }
            let count = mine.reduce(0) { $0 + $1.documentsEnd - $1.documents }
            let positionLength = mine.reduce(keyBytes) { $0 + $1.positionsEnd - $1.positions }
            var postingOut = [UInt8](repeating: 0, count: keyBytes + 8 * count)
            var positionOut = [UInt8](repeating: 0, count: positionLength)
            var postingCount = 0
            var positionCount = 0
            postingEnds.reserveCapacity(run.count)
            positionEnds.reserveCapacity(run.count)
            postings.documents.withUnsafeBufferPointer { documents in
            postings.weights.withUnsafeBufferPointer { weights in
            postings.positions.withUnsafeBufferPointer { positions in
            postingOut.withUnsafeMutableBufferPointer { out in
            positionOut.withUnsafeMutableBufferPointer { placesOut in
                for (k, r) in run.enumerated() {
                    for byte in keys[k] {
                        out[postingCount] = byte
                        postingCount += 1
                    }
                    // Citation terms have no positions.
                    let placed = !terms[r].hasPrefix("~")
                    if placed {
                        for byte in keys[k] {
                            placesOut[positionCount] = byte
                            positionCount += 1
                        }
                    }
                    var previous = 0
                    for p in starts[r]..<starts[r + 1] {
                        let piece = pieces[p]
                        for i in piece.documents..<piece.documentsEnd {
                            let document = Int(documents[i])
                            V32.write(document - previous, to: out, at: &postingCount)
                            out[postingCount] = V32.lastDigit(Int(weights[i]))
                            postingCount += 1
                            previous = document
                        }
                        if placed {
                            let length = piece.positionsEnd - piece.positions
                            if length > 0 {
                                (placesOut.baseAddress! + positionCount).update(from: positions.baseAddress! + piece.positions, count: length)
                                positionCount += length
                            }
                        }
                    }
                    out[postingCount] = 0x22
                    postingCount += 1
                    postingEnds.append(postingCount)
                    if placed {
                        placesOut[positionCount] = 0x22
                        positionCount += 1
                    }
                    positionEnds.append(positionCount)
                }
            }
            }
            }
            }
            }
            postingOut.removeLast(postingOut.count - postingCount)
            positionOut.removeLast(positionOut.count - positionCount)
            postingBytes = postingOut
            positionBytes = positionOut
        }

        private func range(_ ends: [Int], _ r: Int) -> Range<Int> {
            (r == first ? 0 : ends[r - first - 1])..<ends[r - first]
        }

        func sizes(_ r: Int) -> (postings: Int, positions: Int) {
            (range(postingEnds, r).count, range(positionEnds, r).count)
        }

        func postings(_ r: Int) -> ArraySlice<UInt8> { postingBytes[range(postingEnds, r)] }
        func positions(_ r: Int) -> ArraySlice<UInt8> { positionBytes[range(positionEnds, r)] }
    }
}
