import Corpus
import Foundation
import Synchronization

/// A partial date as readers of a language write it ("12 mars 2024", "2024年3月12日"),
/// through Foundation's formatting with a fixed locale, calendar and time zone, so the same
/// date always gives the same text; English keeps ``Corpus/PartialDate/display``.
enum LocalizedDate {
    /// The dates already written, by language and ISO date: a record repeats a few dates on
    /// thousands of pages, and a formatter is costly to make.
    private static let written = Mutex<[String: String]>([:])

    /// `date` for readers of `language`.
    static func display(_ date: PartialDate, in language: String) -> String {
        if language == "en" || language.hasPrefix("en-") { return date.display }
        let key = language + " " + date.iso
        if let known = written.withLock({ $0[key] }) { return known }
        let text = format(date, in: language)
        written.withLock { $0[key] = text }
        return text
    }

    /// `date` formatted by Foundation for `language`.
    private static func format(_ date: PartialDate, in language: String) -> String {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month ?? 1
        components.day = date.day ?? 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: components) else { return date.display }
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: language)
        formatter.setLocalizedDateFormatFromTemplate(date.day != nil ? "yMMMMd" : date.month != nil ? "yMMMM" : "y")
        return formatter.string(from: day)
    }
}
