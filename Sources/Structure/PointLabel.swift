import Addressing

/// Point labels: `(a)`, `(b)`, ... `(aa)` and roman `(i)`, `(ii)`, ... at the start of a text,
/// and as the other UN languages write them, read as the same Latin labels: `a)` and `i)`
/// (French, Spanish, Russian), Cyrillic `б)`, Arabic `(ب)` and `(هـ)`, Chinese `(二)` and `（二）`.
public enum PointLabel {
    /// The label at the start of `text` ("(b) To ..." gives `b` and the text after it; "(ب) ..."
    /// and "б) ..." give `b` too).
    static func leading(_ text: String) -> (label: String, rest: Substring)? {
        if let special = quotedOrCircled(text) { return special }
        let opened = text.first == "(" || text.first == "（"
        let body = opened ? text.dropFirst() : text[...]
        guard let close = body.prefix(7).firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
        let written = body[..<close]
        guard (1...6).contains(written.count) else { return nil }
        let label: String
        if written.allSatisfy({ $0.isASCII }) {
            guard written.allSatisfy({ $0.isLowercase && $0.isLetter }), isLetter(String(written)) || isRoman(String(written)) else { return nil }
            guard opened || written.count <= 4 else { return nil }
            label = String(written)
        } else {
            let isChinese = written.unicodeScalars.allSatisfy(Numeral.isChineseNumeral)
            // Chinese labels are always bracketed; `一、` numbers a paragraph.
            guard !isChinese || opened, let latin = Numeral.latinPointLabel(written) else { return nil }
            label = latin
        }
        let rest = body[body.index(after: close)...]
        if let next = rest.first, next != " " && next != "\u{00A0}" && next != "\t" && next != "\u{3000}" {
            // Chinese text follows its label without a space: "(一)促进"; any label may be
            // followed directly by a quotation: `(一)"数据"系指`, `(a)“data” means`.
            guard isOpeningQuote(next) || (!written.allSatisfy({ $0.isASCII }) && !next.isASCII && next.isLetter) else { return nil }
        }
        return (label, rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" || $0 == "\u{3000}" })
    }

    /// The quotation marks a defined term may open with straight after its label: straight
    /// and curly quotes, guillemets, low-9 quotes and the CJK corner brackets.
    static let openingQuotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "„", "«", "‹", "「", "『", "＂"]

    /// Whether `character` opens a quotation (``openingQuotes``).
    static func isOpeningQuote(_ character: Character) -> Bool {
        openingQuotes.contains(character)
    }

    /// The sub-point labels of Arabic UN texts, a number between turned quotes (`’1‘`, `'2'`)
    /// for the roman `(i)`, `(ii)`; and the parenthesised ideographs of Chinese texts (`㈠`,
    /// `㈡`) for `(a)`, `(b)`.
    private static func quotedOrCircled(_ text: String) -> (label: String, rest: Substring)? {
        guard let first = text.unicodeScalars.first else { return nil }
        if (0x3220...0x3229).contains(first.value) {
            let rest = text.dropFirst()
            return (String(Unicode.Scalar(UInt8(ascii: "a") + UInt8(first.value - 0x3220))), rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" || $0 == "\u{3000}" })
        }
        guard first == "’" || first == "'" else { return nil }
        let body = text.dropFirst()
        let digits = body.prefix { $0.unicodeScalars.count == 1 && Numeral.digit($0.unicodeScalars.first!) != nil }
        guard !digits.isEmpty, digits.count <= 2, let value = Numeral.value(digits), (1...39).contains(value) else { return nil }
        let after = body.dropFirst(digits.count)
        guard let close = after.first, close == "‘" || close == "'" || close == "’" else { return nil }
        let rest = after.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\u{00A0}" || rest.first == "\t" || rest.first.map(isOpeningQuote) == true else { return nil }
        return (roman(value), rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
    }

    /// The script a point label is written in: it tells how the sub-points under it are
    /// numbered (Chinese texts number them `1.` under `(一)`, Arabic texts `(1)` or `’1‘`
    /// under `(أ)`).
    enum Script: Sendable, Hashable {
        case latin, arabic, chinese
    }

    /// The script of the label at the start of `text` (after its opening bracket): Arabic
    /// letters, Chinese numerals (bracketed or circled `㈠`), or Latin (and any other).
    static func script(_ text: String) -> Script {
        let body = text.first == "(" || text.first == "（" ? text.dropFirst() : text[...]
        guard let first = body.unicodeScalars.first else { return .latin }
        if (0x0600...0x06FF).contains(first.value) { return .arabic }
        if Numeral.isChineseNumeral(first) || (0x3220...0x3229).contains(first.value) { return .chinese }
        return .latin
    }

    /// Whether the label at the start of `text` is a sub-point written as a number between
    /// turned quotes (`’1‘`), which always belongs to the letter point before it.
    static func isQuotedNumber(_ text: String) -> Bool {
        (text.first == "’" || text.first == "'") && leading(text) != nil
    }

    /// A sub-point label written as a number, read as its roman label: `(1)`, `（1）`, `(١)`
    /// under an Arabic or Chinese letter point, and `1.`, `1．` under a Chinese one (UN Chinese
    /// texts number 一、 paragraphs, (一) points and 1. sub-points); `nil` otherwise, and
    /// always under a Latin point, where `(1)` is text.
    static func numberedSubPoint(_ text: String, under script: Script) -> (label: String, rest: Substring)? {
        guard script != .latin else { return nil }
        let opened = text.first == "(" || text.first == "（"
        let body = opened ? text.dropFirst() : text[...]
        let digits = body.prefix { $0.unicodeScalars.count == 1 && Numeral.digit($0.unicodeScalars.first!) != nil }
        guard !digits.isEmpty, digits.count <= 2, let value = Numeral.value(digits), (1...39).contains(value) else { return nil }
        var rest = body.dropFirst(digits.count)
        if opened {
            guard rest.first == ")" || rest.first == "）" else { return nil }
        } else {
            guard script == .chinese, rest.first == "." || rest.first == "．" else { return nil }
        }
        rest = rest.dropFirst()
        if let next = rest.first, next != " " && next != "\u{00A0}" && next != "\t" && next != "\u{3000}" {
            guard isOpeningQuote(next) || (!next.isASCII && next.isLetter) else { return nil }
        }
        return (roman(value), rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" || $0 == "\u{3000}" })
    }

    /// The lowercase roman numeral of `value` (1...39), as point labels write it.
    public static func roman(_ value: Int) -> String {
        String(repeating: "x", count: value / 10) + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][value % 10]
    }

    /// `a`...`z`, `aa`, `bb`...: a letter label.
    public static func isLetter(_ label: String) -> Bool {
        guard let first = label.first else { return false }
        return label.count <= 2 && label.allSatisfy { $0 == first }
    }

    public static func isRoman(_ label: String) -> Bool {
        romanValue(label) != nil
    }

    /// The value of a lowercase roman numeral up to 39, or `nil`.
    static func romanValue(_ label: String) -> Int? {
        let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        var rest = Substring(label)
        var tens = 0
        while rest.hasPrefix("x") && tens < 3 && rest.count > 1 {
            tens += 1
            rest = rest.dropFirst()
        }
        if rest == "x" { return tens < 3 ? tens * 10 + 10 : nil }
        guard let index = numerals.firstIndex(of: String(rest)) else { return nil }
        return tens * 10 + index + 1
    }

    /// Whether `label` is the letter after `previous` (`h` then `i`).
    static func follows(_ label: String, _ previous: String) -> Bool {
        guard label.count == 1, previous.count == 1,
              let l = label.unicodeScalars.first, let p = previous.unicodeScalars.first
        else { return false }
        return l.value == p.value + 1
    }
}
