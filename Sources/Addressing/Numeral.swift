/// Numbers and point labels as the six UN languages write them, read into the one anchor
/// grammar (docs/languages.md): `二十四` and `٢٤` are 24, `premier` is 1, the Arabic point
/// label `(ب)`, the Chinese `(二)` and the Russian `б)` are point `b`.
///
/// Pure functions over values; safe from any thread.
public enum Numeral {
    /// The value of a number written in ASCII digits, Arabic-Indic digits (`٢٤`, `۲۴`),
    /// full-width digits (`２４`) or Chinese numerals (`二十四`, `一百零五`, `十`); `nil` for
    /// anything else or a value above 9,999.
    public static func value(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        if let digits = digitValue(text) { return digits }
        return chineseValue(text)
    }

    /// `text` with Arabic-Indic, Eastern Arabic-Indic and full-width digits as ASCII digits;
    /// other characters unchanged.
    public static func asciiDigits(_ text: some StringProtocol) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let digit = digit(scalar) {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit)))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The value of one decimal digit in any of the scripts above, or `nil`.
    public static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x660...0x669: Int(scalar.value - 0x660)  // Arabic-Indic
        case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)  // Eastern Arabic-Indic (Persian, Urdu)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)  // full-width
        default: nil
        }
    }

    /// Words that number the first article or chapter: `Article premier`, `Artículo primero`.
    public static let firstWords: Set<String> = ["premier", "première", "1er", "1re", "primero", "primera", "1º", "1°"]

    // MARK: Point labels

    /// The Latin letters, in order, that stand for the Arabic letters of Arabic point labels,
    /// which follow the abjad order: `(أ)`, `(ب)`, `(ج)`, `(د)`, `(هـ)`, `(و)` ... are
    /// `(a)` ... `(f)`.
    static let abjad: [String] = [
        "أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ",
        "ذ", "ض",
    ]

    /// Russian point labels when written in Cyrillic (`а)`, `б)`, `в)`), in order; `й` and
    /// `ё` are not used as labels.
    static let cyrillic: [String] = [
        "а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш",
        "щ", "э",
    ]

    /// The Latin point label (`a`, `b` ... `z`, or a roman `i`, `ii`) that a label written in
    /// another script stands for: an Arabic letter in abjad order (`ب` → `b`, `هـ` → `e`,
    /// with or without tatweel), a Cyrillic letter (`б` → `b`), a Chinese numeral
    /// (`二` → `b`, as Chinese texts number points `(一)`, `(二)`); an ASCII label as given.
    /// `nil` when `label` is none of these.
    public static func latinPointLabel(_ label: some StringProtocol) -> String? {
        let trimmed = String(label).replacingOccurrences(of: "\u{0640}", with: "")  // tatweel
        guard !trimmed.isEmpty else { return nil }
        if trimmed.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return trimmed.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) ? trimmed : nil
        }
        let alefForms: Set<String> = ["ا", "أ", "إ", "آ"]
        let key = alefForms.contains(trimmed) ? "أ" : trimmed
        if let index = abjad.firstIndex(of: key) { return letter(index) }
        if let index = cyrillic.firstIndex(of: trimmed.lowercased()) { return letter(index) }
        if trimmed.unicodeScalars.allSatisfy(isChineseNumeral), let value = chineseValue(trimmed), (1...26).contains(value) {
            return letter(value - 1)
        }
        return nil
    }

    private static func letter(_ index: Int) -> String {
        String(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index)))
    }

    // MARK: Reading numbers

    private static func digitValue(_ text: some StringProtocol) -> Int? {
        var value = 0
        for scalar in text.unicodeScalars {
            guard let digit = digit(scalar), value < 1000 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let chineseUnits: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Whether `scalar` is a Chinese digit or unit (`一`, `十`, `百`).
    public static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        chineseDigits[scalar] != nil || chineseUnits[scalar] != nil
    }

    /// `二十四` → 24, `十` → 10, `十二` → 12, `一百零五` → 105, `二〇二三`-style digit strings
    /// are read digit by digit (2023).
    private static func chineseValue(_ text: some StringProtocol) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.allSatisfy(isChineseNumeral) else { return nil }
        if !scalars.contains(where: { chineseUnits[$0] != nil }) {
            // Digit by digit: 二〇二三.
            var value = 0
            for scalar in scalars {
                guard value < 1000 else { return nil }
                value = value * 10 + chineseDigits[scalar]!
            }
            return value
        }
        var total = 0
        var pending: Int? = nil
        var lastUnit = Int.max
        for scalar in scalars {
            if let digit = chineseDigits[scalar] {
                if pending != nil && digit != 0 { return nil }  // 二三十
                pending = digit == 0 ? nil : digit
            } else if let unit = chineseUnits[scalar] {
                guard unit < lastUnit else { return nil }  // 十百
                total += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
            }
        }
        return total + (pending ?? 0)
    }
}
