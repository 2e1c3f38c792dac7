import Addressing

/// Finds references to the provisions of a draft in running text: `Article 24(2)(b)`,
/// `Art. 6-21`, `Articles 3, 23 and 53`, `Article 40 paragraph (3), subparagraphs (e) and (f)`,
/// `paragraph 2 of article 10`, `Chapter IV`, `Preambular paragraph 9` (docs/design.md, *References*).
///
/// A reference to another instrument is found but marked ``ReferenceMatch/external``: when
/// `of (the) <instrument>` follows it, or when the sentence names another instrument before it.
/// The scanner works on UTF-8 bytes; offsets in its results are UTF-8 offsets.
public struct ReferenceScanner: Sendable {
    /// Names and abbreviations of other instruments (site.yml `external_instruments`).
    public var externalInstruments: [String]
    /// The name of the negotiated text, which `of the <instrument>` may name without leaving it.
    public var instrument: String

    public init(externalInstruments: [String], instrument: String = "") {
        self.externalInstruments = externalInstruments.filter { !$0.isEmpty }
        self.instrument = instrument
    }

    /// Every reference in `text`, in order.
    public func scan(_ text: String) -> [ReferenceMatch] {
        scan(bytes: Array(text.utf8))
    }

    /// Every reference in UTF-8 `bytes`, in order, in any of the six UN languages (a
    /// position in one language often quotes another: docs/references.md, *Languages*).
    /// Where two grammars read a reference at the same place, the longer reading wins, and
    /// English on a tie.
    public func scan(bytes: [UInt8]) -> [ReferenceMatch] {
        let hint = Self.referenceHint(bytes)
        guard hint != .none else { return [] }
        // French and Spanish are tried only on text that reads like them, Russian, Arabic and
        // Chinese only on text in their scripts: English text keeps to the English grammar.
        let (romance, otherScripts) = Self.languageHints(bytes)
        let local = romance || otherScripts
        var cursor = ByteCursor(bytes: bytes)
        var matches: [ReferenceMatch] = []
        var sentences = SentenceStarts(bytes)
        var mentions = InstrumentMentions(externalInstruments + (local ? Self.otherInstruments : []), in: bytes)
        /// The match, marked external when it cites another instrument.
        func marked(_ original: ReferenceMatch, _ language: ProvisionWords.Language) -> ReferenceMatch {
            var match = original
            let named = mentions.named(from: sentences.start(before: match.start), before: match.start)
            switch language {
            case .en: match.external = followedByOtherInstrument(bytes, from: match.end) || named
            case .zh: match.external = precededByOtherInstrument(bytes, before: match.start) || named
            default: match.external = followedByOtherInstrument(bytes, from: match.end, language: language) || named
            }
            return match
        }
        var index = 0
        guard local else {
            // English text (most of a record): the English grammar alone, byte by byte.
            while index < bytes.count {
                if let match = englishReference(bytes, &cursor, at: index) {
                    matches.append(marked(match, .en))
                    index = match.end
                } else {
                    index += 1
                }
            }
            return matches
        }
        while index < bytes.count {
            var found = englishReference(bytes, &cursor, at: index).map { (match: $0, language: ProvisionWords.Language.en) }
            if let other = localReference(bytes, at: index, romance: romance, otherScripts: otherScripts), other.match.end > (found?.match.end ?? 0) {
                found = other
            }
            if let (match, language) = found {
                matches.append(marked(match, language))
                index = match.end
                continue
            }
            index += 1
        }
        return matches
    }

    /// The English reference starting at `index`, if a word starting there begins one.
    @inline(__always)
    private func englishReference(_ bytes: [UInt8], _ cursor: inout ByteCursor, at index: Int) -> ReferenceMatch? {
        let byte = bytes[index] | 0x20
        // A word starts after a byte that is no letter or digit, or after a character
        // outside ASCII that is none either (`“Article 24”`, `’`, `«`).
        guard byte == UInt8(ascii: "a") || byte == UInt8(ascii: "c") || byte == UInt8(ascii: "p"),
              index == 0 || !ByteCursor.isWordByte(bytes[index - 1]) || (bytes[index - 1] >= 0x80 && cursor.isWordStart(index))
        else { return nil }
        cursor.position = index
        return cursor.reference()
    }

    /// What the fast checks found.
    enum Hint {
        /// Nothing a reference needs: skip the text.
        case none
        /// A hint of an English (or French or Spanish) reference.
        case latin
        /// A hint of a reference in another script.
        case local
    }

    /// The fast checks: ``mayContainReference(_:)`` on every text, and on text that holds a
    /// byte outside ASCII and failed it, ``mayContainLocalReference(_:)``.
    static func referenceHint(_ bytes: [UInt8]) -> Hint {
        if mayContainReference(bytes) { return .latin }
        return bytes.contains(where: { $0 >= 0x80 }) && mayContainLocalReference(bytes) ? .local : .none
    }

    /// A fast check before scanning: most paragraphs cite nothing.
    static func mayContainReference(_ bytes: [UInt8]) -> Bool {
        var beforePrevious: UInt8 = 0
        var previous: UInt8 = 0
        for byte in bytes {
            let lower = byte | 0x20
            // "rt" of Article/Art, "pt" of Chapter, "ra" of paragraph; "itr" of chapitre,
            // "api" of capitulo.
            if (previous == UInt8(ascii: "r") && lower == UInt8(ascii: "t"))
                || (previous == UInt8(ascii: "p") && lower == UInt8(ascii: "t"))
                || (previous == UInt8(ascii: "r") && lower == UInt8(ascii: "a"))
                || (beforePrevious == UInt8(ascii: "i") && previous == UInt8(ascii: "t") && lower == UInt8(ascii: "r"))
                || (beforePrevious == UInt8(ascii: "a") && previous == UInt8(ascii: "p") && lower == UInt8(ascii: "i")) {
                return true
            }
            beforePrevious = previous
            previous = lower
        }
        return false
    }

    // MARK: Other instruments

    private static let of: [Keyword] = ["of"]
    private static let the: [Keyword] = ["the"]

    /// `of the Budapest Convention`, `of UNTOC`, `of General Assembly resolution 75/282`.
    private func followedByOtherInstrument(_ bytes: [UInt8], from end: Int) -> Bool {
        var cursor = ByteCursor(bytes: bytes, position: end)
        cursor.skipSpaces()
        _ = cursor.consume(.comma)
        cursor.skipSpaces()
        guard cursor.word(Self.of) != nil else { return false }
        cursor.skipSpaces()
        if cursor.word(Self.the) != nil { cursor.skipSpaces() }
        var rest = Array(bytes[cursor.position..<min(bytes.count, cursor.position + 160)])
        if let stop = rest.firstIndex(where: { [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "(")].contains($0) }) {
            rest = Array(rest[..<stop])
        }
        if !instrument.isEmpty, Self.find(instrument, in: rest, from: 0, to: min(rest.count, 1), anchored: true) {
            return false
        }
        if externalInstruments.contains(where: { Self.find($0, in: rest, from: 0, to: 1, anchored: true) }) {
            return true
        }
        let genericWords = [
            "general assembly", "security council", "resolution", "covenant", "declaration", "protocol",
            "charter", "statute", "directive", "regulation", "convention on", "convention for", "treaty on",
        ]
        // A generic word within the name that follows: "of the International Covenant on ...".
        return genericWords.contains { Self.find($0, in: rest, from: 0, to: rest.count) }
    }

    /// Where the sentence holding `offset` starts: after `.`, `?`, `!` or `;` and a space,
    /// unless the period ends an abbreviation such as `Art.` or `No.`.
    static func sentenceStart(_ bytes: [UInt8], before offset: Int) -> Int {
        var index = min(offset, bytes.count) - 1
        while index > 0 {
            if isSentenceBoundary(bytes, at: index) { return index + 1 }
            index -= 1
        }
        return 0
    }

    /// Whether a sentence ends just before `index`: a space or line end there, after `.`, `?`,
    /// `!` or `;` (a period not ending an abbreviation).
    static func isSentenceBoundary(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= 0x80 || (index >= 2 && bytes[index - 1] >= 0x80) {
            return isWideSentenceBoundary(bytes, at: index)
        }
        return (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n"))
            && [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";")].contains(bytes[index - 1])
            && !endsWithAbbreviation(bytes, periodAt: index - 1)
    }

    /// Where the sentence holding the text ending at `offset` ends: after the first `.`, `?`,
    /// `!` or `;` followed by a space, a line end or the end of the text, skipping the periods
    /// of abbreviations (`Art. 4` goes on) as ``sentenceStart(_:before:)`` does.
    static func sentenceEnd(_ bytes: [UInt8], after offset: Int) -> Int {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80, let length = wideSentenceEnd(bytes, at: index) {
                return index + length
            }
            if [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";")].contains(byte),
               index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\n"),
               !endsWithAbbreviation(bytes, periodAt: index) {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static let abbreviations: Set<String> = ["art", "arts", "no", "nos", "para", "paras", "e.g", "i.e", "cf", "p", "pp", "vol", "mr", "ms", "dr", "prof", "st"]

    private static func endsWithAbbreviation(_ bytes: [UInt8], periodAt index: Int) -> Bool {
        guard bytes[index] == UInt8(ascii: ".") else { return false }
        var start = index
        // The longest abbreviation has five letters: a longer word is none (and a long run of
        // letters and periods is not read back once per period).
        while start > 0, index - start <= 6, ByteCursor.isWordByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
        if index - start > 6 { return false }
        let word = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        return abbreviations.contains(word)
    }

    /// Whether `needle` occurs in `bytes[from..<to]` at word boundaries; names longer than
    /// six characters match case-insensitively, abbreviations exactly. `anchored` asks for a
    /// match starting before `to`.
    static func find(_ needle: String, in bytes: [UInt8], from: Int, to: Int, anchored: Bool = false) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, from < to else { return false }
        let ignoreCase = pattern.count > 6
        let last = anchored ? min(to, bytes.count - pattern.count + 1) : min(to, bytes.count) - pattern.count + 1
        guard last > from else { return false }
        for start in from..<last where occurs(pattern, ignoreCase: ignoreCase, in: bytes, at: start) {
            return true
        }
        return false
    }

    /// Whether `pattern` occurs at `start` of `bytes` as whole words (``find(_:in:from:to:anchored:)``'s rule).
    static func occurs(_ pattern: [UInt8], ignoreCase: Bool, in bytes: [UInt8], at start: Int) -> Bool {
        let end = start + pattern.count
        guard end <= bytes.count else { return false }
        if start > 0, ByteCursor.isWordByte(bytes[start - 1]), !startsWithHan(pattern) { return false }
        for (offset, expected) in pattern.enumerated() {
            let actual = bytes[start + offset]
            if ignoreCase ? (actual | 0x20) != (expected | 0x20) || (expected >= 0x80 && actual != expected) : actual != expected {
                return false
            }
        }
        return end == bytes.count || !ByteCursor.isWordByte(bytes[end]) || endsWithHan(pattern)
    }
}
