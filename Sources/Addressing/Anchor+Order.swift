extension Anchor: Comparable {
    /// Anchors in the order a text holds them: the preamble and its recitals, chapters, then
    /// articles by number (`4` < `4bis` < `4ter` < `5`), each followed by its paragraphs and
    /// points (letters in alphabetical order, roman numerals by value), then annexes; then
    /// passages by number, headings and versions by their spelling.
    public static func < (lhs: Anchor, rhs: Anchor) -> Bool {
        let (left, right) = (lhs.rank, rhs.rank)
        if left != right { return left < right }
        switch (lhs.kind, rhs.kind) {
        case (.recital(let a), .recital(let b)), (.passage(let a), .passage(let b)):
            return a < b
        case (.chapter(let a), .chapter(let b)):
            return NumberOrder.precedes(a, b)
        case (.annex(let a), .annex(let b)):
            return NumberOrder.precedes(a ?? "", b ?? "")
        case (.provision(let a), .provision(let b)):
            if a.article != b.article { return NumberOrder.precedes(a.article, b.article) }
            let (x, y) = (lhs.levelsBelowArticle, rhs.levelsBelowArticle)
            for (p, q) in zip(x, y) where p != q { return NumberOrder.precedes(p, q) }
            return x.count < y.count
        default:
            return lhs.id < rhs.id
        }
    }

    /// The order of kinds.
    private var rank: Int {
        switch tag {
        case .preamble: 0
        case .recital: 1
        case .chapter: 2
        case .provision: 3
        case .annex: 4
        case .passage: 5
        case .heading: 6
        case .version: 7
        }
    }
}

/// The order of numbers as treaties write them: arabic (`24`), roman (`IV`, `ii`), letters
/// (`b`, `aa`), each optionally followed by a Latin ordinal (`bis`, `ter`, ...).
enum NumberOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        // Two single letters are letters ((h) before (i)); longer labels that are both roman
        // numerals are numerals ((iv) before (v)).
        let asRoman = !(a.count == 1 && b.count == 1) && romanValue(a.lowercased()) != nil && romanValue(b.lowercased()) != nil
        let (x, y) = (key(a, roman: asRoman), key(b, roman: asRoman))
        if x.value != y.value { return x.value < y.value }
        if x.suffix != y.suffix { return x.suffix < y.suffix }
        return a < b
    }

    private static let ordinals = ["", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    /// A number's value and the rank of its Latin ordinal (unknown suffixes after the known ones).
    static func key(_ text: String, roman: Bool) -> (value: Int, suffix: Int) {
        let lower = text.lowercased()
        let digits = lower.prefix { $0.isNumber && $0.isASCII }
        if !digits.isEmpty {
            let rest = String(lower.dropFirst(digits.count))
            return (Int(digits) ?? .max, ordinals.firstIndex(of: rest) ?? ordinals.count)
        }
        if roman, let value = romanValue(lower) { return (value, 0) }
        // Letters: a = 1 ... z = 26, aa = 27, bb = 28 ...
        if let first = lower.unicodeScalars.first, lower.unicodeScalars.allSatisfy({ $0 == first }), ("a"..."z").contains(first) {
            return (Int(first.value - 96) + 26 * (lower.unicodeScalars.count - 1), 0)
        }
        return (.max, ordinals.count)
    }

    /// The value of a lowercase roman numeral (`iv` gives 4), or `nil`.
    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        guard !text.isEmpty, text.count <= 12 else { return nil }
        var total = 0
        var previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
