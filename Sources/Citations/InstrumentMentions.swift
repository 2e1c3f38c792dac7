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
    private var names: [Name]

    init(_ instruments: [String], in bytes: [UInt8]) {
        self.bytes = bytes
        names = instruments.map { Array($0.utf8) }.filter { !$0.isEmpty }.map { Name(pattern: $0, ignoreCase: $0.count > 6) }
    }

    /// Whether an instrument is named wholly inside `bytes[from..<to]`.
    mutating func named(from: Int, before to: Int) -> Bool {
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
            while names[index].scanned < last {
                let start = names[index].scanned
                if ReferenceScanner.occurs(names[index].pattern, ignoreCase: names[index].ignoreCase, in: bytes, at: start) {
                    names[index].latest = start
                }
                names[index].scanned += 1
            }
            if names[index].latest >= from { found = true }
        }
        return found
    }
}
