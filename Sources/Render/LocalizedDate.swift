import Corpus
import Foundation

/// A partial date as readers of a language write it ("12 mars 2024", "2024年3月12日"),
/// through Foundation's formatting with a fixed locale, calendar and time zone, so the same
/// date always gives the same text; English keeps ``Corpus/PartialDate/display``.
enum LocalizedDate {
    /// `date` for readers of `language`.
    static func display(_ date: PartialDate, in language: String) -> String {
        if language == "en" || language.hasPrefix("en-") { return date.display }
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
