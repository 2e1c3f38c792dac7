import Foundation

/// Turns text into the words of the index, with their positions (docs/search.md, "Words").
///
/// The client (`assets/search.js`) does the same in JavaScript; both are checked against
/// `Tests/SearchTests/Fixtures/tokens.json`. Not thread-safe: it keeps a cache of folded
/// characters and the word being read, so give each thread its own tokenizer.
final class Tokenizer {
    /// Words longer than this are cut to their first `maximumLength` characters.
    static let maximumLength = 40

    /// Words that take a position but are not indexed.
    static let stopWords: [String] = [
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "into", "is",
        "it", "its", "of", "on", "or", "s", "shall", "such", "that", "the", "their", "this", "those", "to", "under",
        "which", "with",
    ]

    /// How each non-ASCII scalar folds: the scalars it becomes (empty for a combining mark),
    /// or `nil` when it separates words.
    private var folded: [UInt32: [Unicode.Scalar]?] = [:]
    /// The word being read, as UTF-8 (a character takes at most 4 bytes), its bytes and its
    /// length in characters.
    private let word = UnsafeMutablePointer<UInt8>.allocate(capacity: 4 * maximumLength)
    private var wordBytes = 0
    private var wordLength = 0
    /// The tag of the text being read (see ``forEachTerm(in:from:tag:continued:_:)``), and
    /// the highest tag of the characters of the word being read.
    private var tag: UInt8 = 0
    private var wordTag: UInt8 = 0

    init() {}

    deinit {
        word.deallocate()
    }

    /// Calls `body(term, position)` for every indexed word of `text` (stop words take a
    /// position but are not passed), positions counted from `position`; returns the position
    /// after the last word. With `continued`, a word running to the end of `text` is kept
    /// open, for the next call to go on with (a word an emphasis boundary cuts, `**Art**icle`,
    /// is one word); ``finish(at:_:)`` closes it.
    func forEachTerm(in text: String, from position: Int, continued: Bool = false, _ body: (String, Int) -> Void) -> Int {
        forEachTerm(in: text, from: position, tag: 0, continued: continued) { term, position, _ in body(term, position) }
    }

    /// ``forEachTerm(in:from:continued:_:)`` for tagged text (emphasis, say): each word comes
    /// with the highest tag of its characters, so a word that goes on across texts of
    /// different tags has the higher.
    func forEachTerm(
        in text: String, from position: Int, tag: UInt8, continued: Bool = false, _ body: (String, Int, UInt8) -> Void
    ) -> Int {
        withoutActuallyEscaping(body) { body in
            var sink = TermSink(body: body)
            return forEachWord(in: text, from: position, tag: tag, continued: continued, into: &sink)
        }
    }

    /// Closes a word left open by ``forEachTerm(in:from:tag:continued:_:)``; returns the position after it.
    func finish(at position: Int, _ body: (String, Int, UInt8) -> Void) -> Int {
        withoutActuallyEscaping(body) { body in
            var sink = TermSink(body: body)
            return finishWord(at: position, into: &sink)
        }
    }

    /// Every indexed term of `text`, in order (for tests and queries).
    func terms(_ text: String) -> [String] {
        var result: [String] = []
        _ = forEachTerm(in: text, from: 0) { term, _ in result.append(term) }
        return result
    }

    /// What receives the words of a text: every word, stop words included, folded and cut
    /// but not stemmed (see ``term(of:into:)``), as UTF-8 valid only during the call.
    protocol Sink {
        mutating func word(_ word: UnsafeBufferPointer<UInt8>, position: Int, tag: UInt8)
    }

    /// Gives every word of `text` to `sink`, positions counted from `position`; returns the
    /// position after the last word (with `continued`, as ``forEachTerm(in:from:continued:_:)``).
    func forEachWord<S: Sink>(in text: String, from position: Int, tag: UInt8, continued: Bool = false, into sink: inout S) -> Int {
        self.tag = tag
        var position = position
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { read($0, &position, &sink) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { read($0, &position, &sink) } }
        if !continued { finish(&position, &sink) }
        return position
    }

    /// Closes a word left open by ``forEachWord(in:from:tag:continued:into:)``; returns the position after it.
    func finishWord<S: Sink>(at position: Int, into sink: inout S) -> Int {
        var position = position
        finish(&position, &sink)
        return position
    }

    /// The term of a folded `word` in `term` (its stem); `false` for a stop word, which is
    /// not indexed.
    static func term(of word: UnsafeBufferPointer<UInt8>, into term: inout [UInt8]) -> Bool {
        guard !isStopWord(word) else { return false }
        term.removeAll(keepingCapacity: true)
        term.append(contentsOf: word)
        Stemmer.stem(&term)
        return true
    }

    /// Turns words into terms for a closure.
    private struct TermSink: Sink {
        let body: (String, Int, UInt8) -> Void
        var term: [UInt8] = []

        mutating func word(_ word: UnsafeBufferPointer<UInt8>, position: Int, tag: UInt8) {
            if Tokenizer.term(of: word, into: &term) { body(String(decoding: term, as: UTF8.self), position, tag) }
        }
    }

    private func read<S: Sink>(_ utf8: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ sink: inout S) {
        // The word's state in locals: the word buffer could alias this object's storage, so
        // the compiler would otherwise reload the fields after every byte stored.
        let word = self.word
        let tag = self.tag
        let limit = Self.maximumLength
        var bytes = wordBytes
        var length = wordLength
        var wordTag = self.wordTag
        var at = position
        @inline(__always)
        func finish() {
            guard length > 0 else { return }
            sink.word(UnsafeBufferPointer(start: word, count: bytes), position: at, tag: wordTag)
            bytes = 0
            length = 0
            wordTag = 0
            at += 1
        }
        var i = 0
        let n = utf8.count
        while i < n {
            var byte = utf8[i]
            if byte < 0x80 {
                i += 1
                if byte &- 0x41 < 26 { byte += 0x20 }
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                    wordTag = max(wordTag, tag)
                    if length < limit {
                        word[bytes] = byte
                        bytes += 1
                        length += 1
                    }
                } else if length > 0 {
                    finish()
                }
                continue
            }
            // A valid multi-byte sequence (a Swift string holds valid UTF-8).
            var value: UInt32
            if byte < 0xE0 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                i += 2
            } else if byte < 0xF0 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                i += 3
            } else {
                value = UInt32(byte & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                i += 4
            }
            guard let scalar = Unicode.Scalar(value), let parts = fold(scalar) else {
                finish()
                continue
            }
            for part in parts {
                guard Self.isWordCharacter(part) else {
                    finish()
                    continue
                }
                wordTag = max(wordTag, tag)
                guard length < limit else { continue }
                for byte in part.utf8 {
                    word[bytes] = byte
                    bytes += 1
                }
                length += 1
            }
        }
        wordBytes = bytes
        wordLength = length
        self.wordTag = wordTag
        position = at
    }

    private func finish<S: Sink>(_ position: inout Int, _ sink: inout S) {
        guard wordLength > 0 else { return }
        sink.word(UnsafeBufferPointer(start: word, count: wordBytes), position: position, tag: wordTag)
        wordBytes = 0
        wordLength = 0
        wordTag = 0
        position += 1
    }

    /// The stop words (all of at most 8 bytes) as little-endian numbers, sorted.
    private static let stopWordKeys: [UInt64] = stopWords.map { word in
        Array(word.utf8).withUnsafeBufferPointer { key($0)! }
    }.sorted()

    /// A word of at most 8 bytes as a number; `nil` for a longer one.
    private static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (i, byte) in word.enumerated() { key |= UInt64(byte) << (8 * UInt64(i)) }
        return key
    }

    static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 6, let key = key(word) else { return false }
        let keys = stopWordKeys
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// NFKD, combining marks dropped, lower-cased, final sigma as sigma; `nil` when nothing
    /// of the scalar belongs in a word.
    private func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        if let known = folded[scalar.value] { return known }
        var parts: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars where !Self.isMark(part) {
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                parts.append(lower == "\u{03C2}" ? "\u{03C3}" : lower)
            }
        }
        let result: [Unicode.Scalar]? = parts.isEmpty ? [] : (parts.contains(where: Self.isWordCharacter) ? parts : nil)
        folded[scalar.value] = result
        return result
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// `\p{L}` or `\p{N}`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
