import Structure

/// A position in UTF-8 text with the small parsers the reference grammar needs.
/// Every `consume`-style method leaves the position unchanged when it does not match.
struct ByteCursor {
    let bytes: [UInt8]
    var position: Int = 0

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    var atEnd: Bool { position >= bytes.count }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Skips spaces, tabs, newlines and no-break spaces; returns whether it skipped any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                position += 1
            } else if byte == 0xC2, position + 1 < bytes.count, bytes[position + 1] == 0xA0 {
                position += 2
            } else {
                break
            }
        }
        return position > start
    }

    mutating func consume(_ literal: Keyword) -> Bool {
        let pattern = literal.bytes
        guard position + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[position + offset] != pattern[offset] {
            return false
        }
        position += pattern.count
        return true
    }

    /// One of `words`, case-insensitively, ending at a word boundary (a word ending in `.` needs none).
    /// Returns the word as listed.
    mutating func word(_ words: [Keyword]) -> String? {
        for word in words {
            let pattern = word.bytes
            guard position + pattern.count <= bytes.count else { continue }
            var matched = true
            for offset in 0..<pattern.count where (bytes[position + offset] | 0x20) != pattern[offset] {
                matched = false
                break
            }
            guard matched else { continue }
            let end = position + pattern.count
            if pattern.last == UInt8(ascii: ".") || end == bytes.count || !Self.isWordByte(bytes[end]) {
                position = end
                return word.text
            }
        }
        return nil
    }

    /// Decimal digits (at most `maxDigits`), not followed by another digit.
    mutating func number(maxDigits: Int = 3) -> String? {
        let start = position
        while position < bytes.count, Self.isDigit(bytes[position]), position - start < maxDigits + 1 {
            position += 1
        }
        let count = position - start
        guard count > 0, count <= maxDigits else {
            position = start
            return nil
        }
        let value = String(decoding: bytes[start..<position], as: UTF8.self)
        // "4bis" is written without a space now and then; any other letters make it no number.
        if !atEnd, Self.isASCIILetterOrDigit(bytes[position]) {
            var probe = self
            guard probe.word(ByteCursor.latinSuffixes) != nil else {
                position = start
                return nil
            }
        }
        return value
    }

    static let latinSuffixes: [Keyword] = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    /// An uppercase roman numeral or a number (chapter numbers).
    mutating func chapterNumber() -> String? {
        let start = position
        while position < bytes.count, [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L")].contains(bytes[position]) {
            position += 1
        }
        if position > start, atEnd || !Self.isWordByte(bytes[position]) {
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
        position = start
        return number(maxDigits: 2)
    }

    /// `(b)`, `(ii)`, `(2)`: the text between parentheses when it is short letters or digits.
    mutating func parenthesised(digits: Bool) -> String? {
        let start = position
        guard consume(.openParenthesis) else { return nil }
        let inner = position
        while position < bytes.count, position - inner < 5,
              digits ? Self.isDigit(bytes[position]) : ((bytes[position] | 0x20) >= 0x61 && (bytes[position] | 0x20) <= 0x7A) {
            position += 1
        }
        let value = String(decoding: bytes[inner..<position], as: UTF8.self)
        guard !value.isEmpty, consume(.closeParenthesis) else {
            position = start
            return nil
        }
        if digits {
            guard value.count <= 2 else { position = start; return nil }
        } else {
            let lower = value.lowercased()
            guard lower == value, PointLabel.isLetter(lower) || PointLabel.isRoman(lower) else { position = start; return nil }
        }
        return value
    }
}
