/// Point labels: `(a)`, `(b)`, ... `(aa)` and roman `(i)`, `(ii)`, ... at the start of a text.
public enum PointLabel {
    /// The label at the start of `text` ("(b) To ..." gives `b` and the text after it).
    static func leading(_ text: String) -> (label: String, rest: Substring)? {
        guard text.hasPrefix("(") else { return nil }
        let body = text.dropFirst()
        let label = body.prefix { $0.isASCII && $0.isLowercase && $0.isLetter }
        guard (1...6).contains(label.count), isLetter(String(label)) || isRoman(String(label)) else { return nil }
        let afterLabel = body.dropFirst(label.count)
        guard afterLabel.first == ")" else { return nil }
        let rest = afterLabel.dropFirst()
        guard rest.isEmpty || rest.first == " " || rest.first == "\u{00A0}" || rest.first == "\t" else { return nil }
        return (String(label), rest.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
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
