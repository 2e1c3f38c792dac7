/// How one posting is written (docs/search.md, `terms/<n>.json` and `positions/<n>.json`):
/// the weight packed in one v32 digit, the positions as a count and gaps.
enum PostingList {
    /// At most this many positions are kept per posting.
    static let maximumPositions = 32

    /// The weight of a posting: title hit (0 or 1), body hits (0 to 3, emphasised ones
    /// counting twice) and the kind of document, in one v32 digit.
    static func weight(titleHits: Int, bodyHits: Int, kind: SearchDocument.Kind) -> Int {
        min(titleHits, 1) + 2 * min(bodyHits, 3) + 8 * kind.rawValue
    }

    /// Appends the count of `positions` (increasing; at most ``maximumPositions`` kept),
    /// the first, then the gap to each next.
    static func appendPositions(_ positions: some Sequence<Int>, to out: inout [UInt8]) {
        let kept = Array(positions.prefix(maximumPositions))
        V32.append(kept.count, to: &out)
        var previous = 0
        for position in kept {
            V32.append(position - previous, to: &out)
            previous = position
        }
    }
}
