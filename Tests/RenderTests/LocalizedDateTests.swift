import Corpus
import Testing
@testable import Render

/// Dates as the readers of each language write them, the same text every time.
@Suite struct LocalizedDateTests {
    @Test(arguments: [
        ("en", "Nov 2023"), ("fr", "nov. 2023"), ("es", "nov 2023"), ("ru", "нояб. 2023\u{202F}г."), ("zh", "2023年11月"),
    ])
    func aMatrixCellNamesTheMonthShortInTheReadersLanguage(language: String, expected: String) throws {
        let date = try #require(PartialDate("2023-11-09"))
        #expect(LocalizedDate.short(date, in: language) == expected)
        #expect(LocalizedDate.short(date, in: language) == expected, "the same text the second time (from the cache)")
    }

    @Test func aDateWithoutMonthIsItsYearInEveryLanguage() throws {
        let date = try #require(PartialDate("2023"))
        for language in ["en", "fr", "ar", "zh"] { #expect(LocalizedDate.short(date, in: language) == "2023") }
    }

    @Test func anArabicMonthIsWrittenInArabic() throws {
        let text = LocalizedDate.short(try #require(PartialDate("2023-11")), in: "ar")
        #expect(text.contains("نوفمبر"), "\(text)")
    }
}
