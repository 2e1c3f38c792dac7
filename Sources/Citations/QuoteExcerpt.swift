/// The part of a long sentence quoted around a reference: up to `context` bytes on each side
/// of it, cut at spaces, with "…" where the sentence goes on.
struct QuoteExcerpt {
    /// The quoted text, line ends made spaces.
    let text: String
    /// The reference's UTF-8 range within ``text``.
    let mark: Range<Int>

    init(_ bytes: [UInt8], sentence: Range<Int>, mark: Range<Int>, context: Int) {
        var from = max(sentence.lowerBound, mark.lowerBound - context)
        if from > sentence.lowerBound {
            // Start after a space, or at least at the start of a character.
            if let space = bytes[from..<mark.lowerBound].firstIndex(where: Self.isSpace) {
                from = space + 1
            }
            while from < mark.lowerBound, bytes[from] & 0xC0 == 0x80 { from += 1 }
        }
        var to = min(sentence.upperBound, mark.upperBound + context)
        if to < sentence.upperBound {
            if let space = bytes[mark.upperBound..<to].lastIndex(where: Self.isSpace) {
                to = space
            }
            while to > mark.upperBound, bytes[to] & 0xC0 == 0x80 { to -= 1 }
        }
        let prefix = from > sentence.lowerBound ? "… " : ""
        let suffix = to < sentence.upperBound ? " …" : ""
        text = prefix + CitationLinker.quoted(bytes[from..<to]) + suffix
        let shift = prefix.utf8.count - from
        self.mark = (mark.lowerBound + shift)..<(mark.upperBound + shift)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
    }
}
