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

    /// `date` as short as a narrow matrix cell needs, for readers of `language`: the month
    /// abbreviated and the year (`Nov 2023`, `nov. 2023`, `2023年11月`), or the year alone.
    static func short(_ date: PartialDate, in language: String) -> String {
        let english = date.month.map { "\(englishMonths[$0 - 1]) \(date.year)" } ?? String(date.year)
        if language == "en" || language.hasPrefix("en-") || date.month == nil { return english }
        let key = "short " + language + " " + date.iso
        if let known = written.withLock({ $0[key] }) { return known }
        let month = PartialDate(String(format: "%04d-%02d", date.year, date.month ?? 1)) ?? date
        let text = format(month, in: language, template: "yMMM")
        written.withLock { $0[key] = text }
        return text
    }

    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `date` formatted by Foundation for `language`.
    private static func format(_ date: PartialDate, in language: String, template: String? = nil) -> String {
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
        formatter.setLocalizedDateFormatFromTemplate(template ?? (date.day != nil ? "yMMMMd" : date.month != nil ? "yMMMM" : "y"))
        return formatter.string(from: day)
    }
}
