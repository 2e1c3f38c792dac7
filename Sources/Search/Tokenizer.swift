import Foundation

/// Turns text into the words of the index, with their positions (docs/search.md, "Words").
///
/// The client (`assets/search.js`) does the same in JavaScript; both are checked against
/// `Tests/SearchTests/Fixtures/tokens.json`. Not thread-safe: it keeps a cache of folded
/// characters, so give each thread its own tokenizer.
struct Tokenizer {
    /// Words longer than this are cut to their first `maximumLength` characters.
    static let maximumLength = 40

    /// Words that take a position but are not indexed.
    static let stopWords: [String] = [
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "into", "is",
        "it", "its", "of", "on", "or", "s", "shall", "such", "that", "the", "their", "this", "those", "to", "under",
        "which", "with",
    ]
    private static let stopWordSet = Set(stopWords.map { Array($0.utf8) })

    /// How each non-ASCII scalar folds: the scalars it becomes (empty for a combining mark),
    /// or `nil` when it separates words.
    private var folded: [UInt32: [Unicode.Scalar]?] = [:]
    /// The word being read, as UTF-8, and its length in characters.
    private var word: [UInt8] = []
    private var wordLength = 0
    /// The tag of the text being read (see ``forEachTerm(in:from:tag:continued:_:)``), and
    /// the highest tag of the characters of the word being read.
    private var tag: UInt8 = 0
    private var wordTag: UInt8 = 0

    /// Calls `body(term, position)` for every indexed word of `text` (stop words take a
    /// position but are not passed), positions counted from `position`; returns the position
    /// after the last word. With `continued`, a word running to the end of `text` is kept
    /// open, for the next call to go on with (a word an emphasis boundary cuts, `**Art**icle`,
    /// is one word); ``finish(at:_:)`` closes it.
    mutating func forEachTerm(in text: String, from position: Int, continued: Bool = false, _ body: (String, Int) -> Void) -> Int {
        forEachTerm(in: text, from: position, tag: 0, continued: continued) { term, position, _ in body(term, position) }
    }

    /// ``forEachTerm(in:from:continued:_:)`` for tagged text (emphasis, say): each word comes
    /// with the highest tag of its characters, so a word that goes on across texts of
    /// different tags has the higher.
    mutating func forEachTerm(
        in text: String, from position: Int, tag: UInt8, continued: Bool = false, _ body: (String, Int, UInt8) -> Void
    ) -> Int {
        self.tag = tag
        var position = position
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: appendASCII(UInt8(value))
                case 0x41...0x5A: appendASCII(UInt8(value + 0x20))
                default: finish(&position, body)
                }
                continue
            }
            guard let parts = fold(scalar) else {
                finish(&position, body)
                continue
            }
            for part in parts {
                if Self.isWordCharacter(part) { append(part) } else { finish(&position, body) }
            }
        }
        if !continued { finish(&position, body) }
        return position
    }

    /// Closes a word left open by ``forEachTerm(in:from:tag:continued:_:)``; returns the position after it.
    mutating func finish(at position: Int, _ body: (String, Int, UInt8) -> Void) -> Int {
        var position = position
        finish(&position, body)
        return position
    }

    /// Every indexed term of `text`, in order (for tests and queries).
    mutating func terms(_ text: String) -> [String] {
        var result: [String] = []
        _ = forEachTerm(in: text, from: 0) { term, _ in result.append(term) }
        return result
    }

    private mutating func appendASCII(_ byte: UInt8) {
        wordTag = max(wordTag, tag)
        guard wordLength < Self.maximumLength else { return }
        word.append(byte)
        wordLength += 1
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        wordTag = max(wordTag, tag)
        guard wordLength < Self.maximumLength else { return }
        word.append(contentsOf: scalar.utf8)
        wordLength += 1
    }

    private mutating func finish(_ position: inout Int, _ body: (String, Int, UInt8) -> Void) {
        guard wordLength > 0 else { return }
        if !(word.count <= 6 && Self.stopWordSet.contains(word)) {
            Stemmer.stem(&word)
            body(String(decoding: word, as: UTF8.self), position, wordTag)
        }
        word.removeAll(keepingCapacity: true)
        wordLength = 0
        wordTag = 0
        position += 1
    }

    /// NFKD, combining marks dropped, lower-cased, final sigma as sigma; `nil` when nothing
    /// of the scalar belongs in a word.
    private mutating func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
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
