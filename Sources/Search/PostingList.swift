/// The postings of one term over a run of documents, already encoded except the gap of the
/// first (docs/search.md, `terms/<n>.json`), so runs built in parallel join by appending.
struct PostingList: Sendable {
    var first: Int
    var last: Int
    /// The first posting without its gap, then every later posting whole.
    var bytes: [UInt8] = []
    var count = 0

    /// At most this many positions are kept per posting.
    static let maximumPositions = 32

    init(first document: Int) {
        first = document
        last = document
    }

    /// Adds `document` (greater than every document before).
    mutating func add(document: Int, weight: Int, positions: [Int]) {
        if count > 0 { V32.append(document - last, to: &bytes) }
        last = document
        count += 1
        V32.append(weight, to: &bytes)
        let kept = positions.prefix(Self.maximumPositions)
        V32.append(kept.count, to: &bytes)
        var previous = 0
        for position in kept {
            V32.append(position - previous, to: &bytes)
            previous = position
        }
    }
}
