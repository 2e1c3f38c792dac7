/// Where the sentences of one text start, found in a single forward pass for offsets asked in
/// increasing order, so that a paragraph of any length with any number of references costs
/// time in proportion to its length (asking ``ReferenceScanner/sentenceStart(_:before:)`` for
/// each reference would read a long sentence once per reference).
///
/// Answers are those of ``ReferenceScanner/sentenceStart(_:before:)``; an offset lower than
/// an earlier one is answered by that function.
struct SentenceStarts {
    private let bytes: [UInt8]
    /// The next index to examine as a possible boundary (boundaries sit at index 1 or later).
    private var scanned = 1
    /// The start of the last sentence found below `scanned`.
    private var latest = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Where the sentence holding `offset` starts.
    mutating func start(before offset: Int) -> Int {
        guard offset >= scanned else { return ReferenceScanner.sentenceStart(bytes, before: offset) }
        while scanned < offset {
            if ReferenceScanner.isSentenceBoundary(bytes, at: scanned) { latest = scanned + 1 }
            scanned += 1
        }
        return latest
    }
}
