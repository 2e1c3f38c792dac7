import Testing
@testable import Addressing

@Suite struct NumeralTests {
    @Test(arguments: [
        ("24", 24), ("٢٤", 24), ("۲۴", 24), ("２４", 24), ("二十四", 24), ("十", 10), ("十二", 12), ("一百零五", 105),
        ("三", 3), ("二〇二三", 2023), ("两百", 200),
    ])
    func readsNumbersInEveryScript(text: String, value: Int) {
        #expect(Numeral.value(text) == value)
    }

    @Test(arguments: ["", "二三十", "十百", "24a", "abc", "12345"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(Numeral.value(text) == nil)
    }

    @Test func turnsOtherDigitsIntoASCII() {
        #expect(Numeral.asciiDigits("المادة ٢٤ (٢)") == "المادة 24 (2)")
        #expect(Numeral.asciiDigits("第２４条") == "第24条")
    }

    @Test(arguments: [
        ("أ", "a"), ("ا", "a"), ("ب", "b"), ("ج", "c"), ("د", "d"), ("هـ", "e"), ("ه", "e"), ("و", "f"), ("ي", "j"),
        ("а", "a"), ("б", "b"), ("в", "c"), ("и", "i"), ("к", "j"), ("一", "a"), ("二", "b"), ("十", "j"), ("b", "b"),
        ("ii", "ii"),
    ])
    func readsPointLabelsOfOtherScriptsAsLatinLetters(label: String, latin: String) {
        #expect(Numeral.latinPointLabel(label) == latin)
    }

    @Test(arguments: ["", "B", "2", "条", "ـ"])
    func refusesWhatIsNotAPointLabel(label: String) {
        #expect(Numeral.latinPointLabel(label) == nil)
    }
}
