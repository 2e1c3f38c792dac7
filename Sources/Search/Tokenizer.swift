import Foundation

/// Turns text into the words of the index, with their positions (docs/search.md, "Words" and
/// "Languages"): folded (accents, Arabic forms, full-width forms), split into words, runs of
/// Chinese characters and kana as overlapping bigrams, then stopped and stemmed by the
/// index's language.
///
/// The client (`assets/search.js`) does the same in JavaScript; both are checked against
/// `Tests/SearchTests/Fixtures/tokens.json`. Not thread-safe: it keeps a cache of folded
/// characters and the word being read, so give each thread its own tokenizer.
final class Tokenizer {
    /// Words longer than this are cut to their first `maximumLength` characters.
    static let maximumLength = 40

    /// The English stop words (each language's are in ``SearchLanguage``).
    static var stopWords: [String] { SearchLanguage.english.stopWords }

    /// The language whose stop words and stemmer make terms of words.
    let language: SearchLanguage

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
    /// The run of Chinese or Japanese characters being read, made into overlapping bigrams:
    /// its last character (`nil` outside a run), that character's tag and the run's length.
    private var cjkPrevious: Unicode.Scalar?
    private var cjkTag: UInt8 = 0
    private var cjkCount = 0
    /// A bigram or a lone character of a run, as UTF-8.
    private let pair = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)

    /// A tokenizer for text in `language` (English when not given).
    init(language: SearchLanguage = .english) {
        self.language = language
    }

    deinit {
        word.deallocate()
        pair.deallocate()
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
            var sink = TermSink(language: language, body: body)
            return forEachWord(in: text, from: position, tag: tag, continued: continued, into: &sink)
        }
    }

    /// Closes a word left open by ``forEachTerm(in:from:tag:continued:_:)``; returns the position after it.
    func finish(at position: Int, _ body: (String, Int, UInt8) -> Void) -> Int {
        withoutActuallyEscaping(body) { body in
            var sink = TermSink(language: language, body: body)
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

    /// Turns words into terms for a closure.
    private struct TermSink: Sink {
        let language: SearchLanguage
        let body: (String, Int, UInt8) -> Void
        var term: [UInt8] = []

        mutating func word(_ word: UnsafeBufferPointer<UInt8>, position: Int, tag: UInt8) {
            if language.term(of: word, into: &term) { body(String(decoding: term, as: UTF8.self), position, tag) }
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
            if cjkCount > 0 { closeRun(&at, &sink) }
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
                    if cjkCount > 0 { closeRun(&at, &sink) }
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
                if Self.isCJK(part) {
                    // A Chinese or Japanese character ends a word of other letters and makes a
                    // bigram with the character before it.
                    if length > 0 { finish() }
                    addToRun(part, &at, &sink)
                    continue
                }
                if cjkCount > 0 { closeRun(&at, &sink) }
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
        if cjkCount > 0 { closeRun(&position, &sink) }
        guard wordLength > 0 else { return }
        sink.word(UnsafeBufferPointer(start: word, count: wordBytes), position: position, tag: wordTag)
        wordBytes = 0
        wordLength = 0
        wordTag = 0
        position += 1
    }

    /// Adds a Chinese or Japanese character to the run being read: with the character before
    /// it, a bigram at the next position.
    private func addToRun<S: Sink>(_ scalar: Unicode.Scalar, _ position: inout Int, _ sink: inout S) {
        if let previous = cjkPrevious {
            var bytes = 0
            for byte in previous.utf8 {
                pair[bytes] = byte
                bytes += 1
            }
            for byte in scalar.utf8 {
                pair[bytes] = byte
                bytes += 1
            }
            sink.word(UnsafeBufferPointer(start: pair, count: bytes), position: position, tag: max(cjkTag, tag))
            position += 1
        }
        cjkPrevious = scalar
        cjkTag = tag
        cjkCount += 1
    }

    /// Ends the run of Chinese or Japanese characters: a lone character is a word of its own.
    private func closeRun<S: Sink>(_ position: inout Int, _ sink: inout S) {
        if cjkCount == 1, let previous = cjkPrevious {
            var bytes = 0
            for byte in previous.utf8 {
                pair[bytes] = byte
                bytes += 1
            }
            sink.word(UnsafeBufferPointer(start: pair, count: bytes), position: position, tag: cjkTag)
            position += 1
        }
        cjkPrevious = nil
        cjkTag = 0
        cjkCount = 0
    }

    /// Whether `scalar` is written without spaces between words and so indexed as
    /// overlapping bigrams: Chinese characters (with `々`, `〆`, `〇`), hiragana and katakana.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005...0x3007, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// NFKD, combining marks dropped, lower-cased, final sigma as sigma, Arabic letters
    /// normalised (``arabic(_:)``); `й` and kana kept as they are; `nil` when nothing of the
    /// scalar belongs in a word.
    private func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        if let known = folded[scalar.value] { return known }
        // й is a letter of its own in Russian, not и with a breve; kana keep their voicing
        // marks (バ is not ハ).
        if scalar == "\u{0439}" || scalar == "\u{0419}" || (0x3041...0x30FF).contains(scalar.value) {
            let kept: [Unicode.Scalar] = scalar == "\u{0419}" ? ["\u{0439}"] : [scalar]
            folded[scalar.value] = kept
            return kept
        }
        var parts: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars where !Self.isMark(part) {
            if let normalised = Self.arabic(part) {
                parts += normalised
                continue
            }
            for lower in part.properties.lowercaseMapping.unicodeScalars {
                parts.append(lower == "\u{03C2}" ? "\u{03C3}" : lower)
            }
        }
        let result: [Unicode.Scalar]? = parts.isEmpty ? [] : (parts.contains(where: Self.isWordCharacter) ? parts : nil)
        folded[scalar.value] = result
        return result
    }

    /// The Arabic normalisation of a scalar after decomposition (which has already made
    /// `أ` `إ` `آ` into `ا`, `ؤ` into `و` and `ئ` into `ي`, and dropped the harakat, tanwin,
    /// shadda, sukun and superscript alef as marks): `ٱ` as `ا`, `ى` as `ي`, `ة` as `ه`,
    /// tatweel dropped, Arabic-Indic digits as ASCII digits; `nil` for any other scalar.
    static func arabic(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar.value {
        case 0x0671: ["\u{0627}"]
        case 0x0649: ["\u{064A}"]
        case 0x0629: ["\u{0647}"]
        case 0x0640: []
        case 0x0660...0x0669: [Unicode.Scalar(scalar.value - 0x0660 + 0x30)!]
        case 0x06F0...0x06F9: [Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!]
        default: nil
        }
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
