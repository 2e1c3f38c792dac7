/// A CLDR plural category (`one`, `few`, ...): which form of a counted noun a language
/// uses for a whole number ("1 article", "2 статьи", "5 статей", "11 مادة").
enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of the whole number `n` in `language` (a BCP 47 tag; its primary
    /// language decides), by the CLDR rules for integers of the six UN languages; a
    /// language without rules here uses English's.
    static func of(_ n: Int, in language: String) -> PluralCategory {
        let n = n.magnitude
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? language
        let millions = n != 0 && n % 1_000_000 == 0
        switch primary {
        case "zh", "ja", "ko": return .other
        case "fr": return n <= 1 ? .one : millions ? .many : .other
        case "es", "it", "pt":
            return n == 1 ? .one : millions ? .many : .other
        case "ru", "uk":
            let units = n % 10, hundreds = n % 100
            if units == 1 && hundreds != 11 { return .one }
            if (2...4).contains(units) && !(12...14).contains(hundreds) { return .few }
            return .many
        case "ar":
            let hundreds = n % 100
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default: return (3...10).contains(hundreds) ? .few : (11...99).contains(hundreds) ? .many : .other
            }
        default: return n == 1 ? .one : .other
        }
    }
}
