import Addressing

/// A paragraph number written at the start of a paragraph's text rather than as a Markdown
/// list item, as translations pasted from UN documents have them: Arabic `1 - ` and `١. `,
/// Chinese `一、`. (`1. ` is an ordered list item, read by the Markdown parser.)
enum ParagraphNumber {
    /// The number at the start of `text` and the text after it, or `nil`.
    static func leading(_ text: String) -> (number: Int, rest: Substring)? {
        let digits = text.prefix { $0.unicodeScalars.count == 1 && Numeral.digit($0.unicodeScalars.first!) != nil }
        if !digits.isEmpty {
            guard digits.count <= 3, let value = Numeral.value(digits), value > 0 else { return nil }
            var rest = text.dropFirst(digits.count)
            let asciiDigits = digits.allSatisfy(\.isASCII)
            if rest.first == "." || rest.first == "٫" || rest.first == "-" {
                // `١.` (Arabic-Indic digits with a period; ASCII `1.` is a list), `1-`.
                guard !asciiDigits || rest.first == "-" else { return nil }
                rest = rest.dropFirst()
            } else if rest.hasPrefix(" -") || rest.hasPrefix(" –") || rest.hasPrefix(" ـ") {
                rest = rest.dropFirst(2)
            } else {
                return nil
            }
            guard rest.first == " " || rest.first == "\u{00A0}" else { return nil }
            return (value, rest.drop { $0 == " " || $0 == "\u{00A0}" })
        }
        let numeral = text.prefix { $0.unicodeScalars.allSatisfy(Numeral.isChineseNumeral) }
        guard !numeral.isEmpty, numeral.count <= 4, let value = Numeral.value(numeral), value > 0 else { return nil }
        let rest = text.dropFirst(numeral.count)
        guard rest.first == "、" else { return nil }
        return (value, rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" })
    }
}
