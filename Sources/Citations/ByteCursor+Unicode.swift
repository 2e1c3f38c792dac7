import Addressing
import Structure

extension ByteCursor {
    /// The Unicode scalar at UTF-8 offset `offset` and its length in bytes, or `nil` at the
    /// end or inside a malformed sequence.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard offset >= 0, offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard offset + length <= bytes.count else { return nil }
        for next in bytes[(offset + 1)..<(offset + length)] {
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar at the cursor, or `nil` at the end.
    var currentScalar: Unicode.Scalar? { scalar(at: position)?.scalar }

    /// The scalar ending just before `offset`, or `nil` at the start.
    func scalar(before offset: Int) -> Unicode.Scalar? {
        var start = offset - 1
        while start > 0, start > offset - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start)?.scalar
    }

    /// Whether `scalar` is a letter or digit of any script (what a word is made of).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetterOrDigit(UInt8(scalar.value)) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || scalar.value == 0x0640  // tatweel
    }

    /// Whether a word may start at `offset`: at the start, or after a scalar that is not a
    /// letter or digit (`’` and `«` included).
    func isWordStart(_ offset: Int) -> Bool {
        guard offset > 0 else { return true }
        guard let previous = scalar(before: offset) else { return true }
        return !Self.isWordScalar(previous)
    }

    /// Whether `scalar` is a Chinese character (a CJK ideograph), which needs no space around it.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// `scalar` in lower case for the scripts the keywords use (Latin, Latin-1, Cyrillic).
    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: return Unicode.Scalar(value + 0x20)!
        case 0x401: return "ё"
        default: return scalar
        }
    }

    /// One of `words`, matched scalar by scalar (Latin and Cyrillic case-insensitively),
    /// ending at a word boundary (a word ending in `.`, `'` or `’`, or in a Chinese character,
    /// needs none). Returns the word as listed; the cursor is unchanged when none matches.
    mutating func localWord(_ words: [Keyword]) -> String? {
        for word in words {
            var offset = position
            var matched = true
            for expected in word.scalars {
                guard let (scalar, length) = scalar(at: offset), Self.lower(scalar) == expected else {
                    matched = false
                    break
                }
                offset += length
            }
            guard matched, let last = word.scalars.last else { continue }
            if last == "." || last == "'" || last == "’" || Self.isHan(last) || offset == bytes.count
                || !(scalar(at: offset).map { Self.isWordScalar($0.scalar) } ?? false) {
                position = offset
                return word.text
            }
        }
        return nil
    }

    /// A number of at most `maxDigits` digits in ASCII, Arabic-Indic, Eastern Arabic-Indic or
    /// full-width digits, not followed by a letter or digit (a Latin suffix such as `bis`
    /// excepted), as ASCII digits.
    mutating func localNumber(maxDigits: Int = 3) -> String? {
        let start = position
        var value = ""
        while let (scalar, length) = scalar(at: position), let digit = Numeral.digit(scalar) {
            value += String(digit)
            position += length
            guard value.count <= maxDigits else {
                position = start
                return nil
            }
        }
        guard !value.isEmpty else { return nil }
        if let next = currentScalar, Self.isWordScalar(next), !Self.isHan(next) {
            var probe = self
            guard next.isASCII, probe.word(ByteCursor.latinSuffixes) != nil else {
                position = start
                return nil
            }
        }
        return value
    }

    /// `(2)`, `(٢)`: a paragraph number in parentheses.
    mutating func localParenthesisedNumber() -> String? {
        let start = position
        guard consume(.openParenthesis) || consume(.fullWidthOpenParenthesis) else { return nil }
        guard let number = localNumber(maxDigits: 2), consume(.closeParenthesis) || consume(.fullWidthCloseParenthesis) else {
            position = start
            return nil
        }
        return number
    }

    /// A point label as the six languages write it: `(b)`, `b)`, `(ii)`, `ii)`, `(ب)`,
    /// `(هـ)`, `б)`, `(二)`, `（二）`, read as its Latin label (`b`, `ii`, `e`). A bare `b`
    /// only when `bare` (Russian `подпункт b`).
    mutating func localPoint(bare: Bool = false) -> String? {
        let start = position
        let opened = consume(.openParenthesis) || consume(.fullWidthOpenParenthesis)
        var written = ""
        while let (scalar, length) = scalar(at: position), scalar != ")", scalar != "）", written.unicodeScalars.count < 6 {
            guard Self.isWordScalar(scalar) else { break }
            written.unicodeScalars.append(scalar)
            position += length
        }
        let closed = consume(.closeParenthesis) || consume(.fullWidthCloseParenthesis)
        guard !written.isEmpty, closed || (bare && !opened) else {
            position = start
            return nil
        }
        if !closed, let next = currentScalar, Self.isWordScalar(next) {
            position = start
            return nil
        }
        let label: String?
        if written.unicodeScalars.allSatisfy(\.isASCII) {
            let valid = written.allSatisfy { $0.isLowercase && $0.isLetter } && (PointLabel.isLetter(written) || PointLabel.isRoman(written))
            label = valid && (opened || written.count <= 4) ? written : nil
        } else if written.unicodeScalars.allSatisfy(Numeral.isChineseNumeral) {
            label = opened ? Numeral.latinPointLabel(written) : nil
        } else {
            label = Numeral.latinPointLabel(written)
        }
        guard let label else {
            position = start
            return nil
        }
        // "b)" without its opening bracket must not end a word: "ab)" is no label.
        if !opened, !isWordStart(start) {
            position = start
            return nil
        }
        return label
    }

    /// A run of Chinese numerals or digits (`二十四`, `24`, `２４`), as its decimal value.
    mutating func chineseNumber() -> String? {
        let start = position
        var written = ""
        while let (scalar, length) = scalar(at: position), Numeral.isChineseNumeral(scalar) || Numeral.digit(scalar) != nil, written.unicodeScalars.count < 8 {
            written.unicodeScalars.append(scalar)
            position += length
        }
        guard let value = Numeral.value(written), value > 0 else {
            position = start
            return nil
        }
        return String(value)
    }

    /// Whether the text at the cursor is `scalar`; consumes it when it is.
    mutating func consume(scalar expected: Unicode.Scalar) -> Bool {
        guard let (scalar, length) = scalar(at: position), scalar == expected else { return false }
        position += length
        return true
    }
}

extension Keyword {
    static let fullWidthOpenParenthesis: Keyword = "（"
    static let fullWidthCloseParenthesis: Keyword = "）"
}
