import Foundation
import Synchronization

/// A count as readers of a language write it: digits grouped as the language groups them
/// (`1,234`, `1 234`, `12.345`), always in ASCII digits, as UN texts in all six languages
/// write numbers; through Foundation's formatting with a fixed locale, so the same count
/// always gives the same text.
enum LocalizedNumber {
    /// The counts already written, by language and value: formatters are costly to make and
    /// a large record repeats its counts.
    private static let written = Mutex<[String: String]>([:])

    /// `n` for readers of `language`; below 1,000 (no language groups those) its digits.
    static func display(_ n: Int, in language: String) -> String {
        guard n >= 1000 || n <= -1000 else { return String(n) }
        let key = language + " " + String(n)
        if let known = written.withLock({ $0[key] }) { return known }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language + "@numbers=latn")
        formatter.numberStyle = .decimal
        let text = formatter.string(from: NSNumber(value: n)) ?? String(n)
        written.withLock { $0[key] = text }
        return text
    }
}
