import Testing
@testable import Corpus

@Suite struct PartialDateTests {
    @Test(arguments: ["2023", "2023-11", "2023-11-05", "2024-02-29"])
    func acceptsYearMonthAndDay(_ text: String) {
        #expect(PartialDate(text)?.iso == text)
    }

    @Test(arguments: ["23", "2023-13", "2023-00", "2023-1", "2023-11-31", "2023-02-29", "2023/11", "November 2023", "2023-11-05T10:00", ""])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func sortsByTheKnownPart() {
        let dates = ["2023-11-05", "2023", "2023-11", "2022-12-31"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.iso) == ["2022-12-31", "2023", "2023-11", "2023-11-05"])
    }

    @Test func displaysForReaders() {
        #expect(PartialDate("2023-11")?.display == "November 2023")
        #expect(PartialDate("2022-06-13")?.display == "13 June 2022")
        #expect(PartialDate("2020")?.display == "2020")
    }
}
