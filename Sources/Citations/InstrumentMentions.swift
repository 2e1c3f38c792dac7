/// Where a text names other instruments, read in one forward pass for positions asked in
/// increasing order (and sentences starting in order): whether a sentence names one before a
/// reference costs nothing per reference, however long the sentence, and text before the
/// sentence asked about is never read.
///
/// Answers are those of ``ReferenceScanner/find(_:in:from:to:anchored:)`` for each name.
struct InstrumentMentions {
    private struct Name {
        var pattern: [UInt8]
        var ignoreCase: Bool
        /// The next start position to test.
        var scanned = 0
        /// The start of the last occurrence found below `scanned`, or -1.
        var latest = -1
        /// Where the scan jumped to, past text no later sentence holds: an earlier `from`
        /// is answered by searching directly.
        var skippedTo = 0
    }

    private let bytes: [UInt8]
    private let instruments: [String]
    /// The names' patterns, made when first asked (`nil` before): most paragraphs a scan
    /// reads cite nothing.
    private var prepared: [Name]?

    init(_ instruments: [String], in bytes: [UInt8]) {
        self.bytes = bytes
        self.instruments = instruments
    }

    /// Whether an instrument is named wholly inside `bytes[from..<to]`.
    mutating func named(from: Int, before to: Int) -> Bool {
        var names = prepared.take() ?? instruments.map { Array($0.utf8) }.filter { !$0.isEmpty }.map { Name(pattern: $0, ignoreCase: $0.count > 6) }
        defer { prepared = names }
        var found = false
        for index in names.indices {
            let last = min(to, bytes.count) - names[index].pattern.count + 1
            if last < names[index].scanned || from < names[index].skippedTo {
                // Asked about text the scan passed or skipped: search directly.
                found = found || ReferenceScanner.find(String(decoding: names[index].pattern, as: UTF8.self), in: bytes, from: from, to: to)
                continue
            }
            // Sentences start in order, so nothing before `from` will be asked about again:
            // the text between sentences that cite nothing is never read.
            if names[index].scanned < from {
                names[index].scanned = from
                names[index].skippedTo = from
            }
            // Only where the first byte could match is the whole name compared (``occurs``
            // compares the first byte as this does, or more strictly).
            let (pattern, ignoreCase) = (names[index].pattern, names[index].ignoreCase)
            let first = pattern[0]
            var start = names[index].scanned
            while start < last {
                let byte = bytes[start]
                if byte == first || (ignoreCase && byte | 0x20 == first | 0x20),
                   ReferenceScanner.occurs(pattern, ignoreCase: ignoreCase, in: bytes, at: start) {
                    names[index].latest = start
                }
                start += 1
            }
            names[index].scanned = max(names[index].scanned, start)
            if names[index].latest >= from { found = true }
        }
        return found
    }
}
