/// The postings of one term over a run of documents, already encoded except the gap of the
/// first (docs/search.md, `terms/<n>.json` and `positions/<n>.json`), so runs built in
/// parallel join by appending.
struct PostingList: Sendable {
    var first: Int
    var last: Int
    /// The first posting's weight, then every later posting's gap and weight.
    var bytes: [UInt8] = []
    /// Each posting's count of positions, then the positions.
    var positions: [UInt8] = []
    var count = 0

    /// At most this many positions are kept per posting.
    static let maximumPositions = 32

    init(first document: Int) {
        first = document
        last = document
    }

    /// Adds `document` (greater than every document before); `weight` fits one v32 digit.
    mutating func add(document: Int, weight: Int, positions kept: [Int]?) {
        if count > 0 { V32.append(document - last, to: &bytes) }
        last = document
        count += 1
        V32.append(weight, to: &bytes)
        guard let kept else { return }
        V32.append(min(kept.count, Self.maximumPositions), to: &positions)
        var previous = 0
        for position in kept.prefix(Self.maximumPositions) {
            V32.append(position - previous, to: &positions)
            previous = position
        }
    }

    /// The weight of a posting: title hit (0 or 1), body hits (0 to 3, emphasised ones
    /// counting twice) and the kind of document, in one v32 digit.
    static func weight(titleHits: Int, bodyHits: Int, kind: SearchDocument.Kind) -> Int {
        min(titleHits, 1) + 2 * min(bodyHits, 3) + 8 * kind.rawValue
    }
}
