import Testing
@testable import Render

/// Counts as the readers of each language write them, grouped as the language groups digits.
@Suite struct LocalizedNumberTests {
    @Test(arguments: [
        ("en", 1234, "1,234"), ("en", 999, "999"), ("fr", 1234, "1\u{202F}234"), ("es", 1234, "1234"), ("es", 12345, "12.345"),
        ("ru", 1_234_567, "1\u{00A0}234\u{00A0}567"), ("zh", 12345, "12,345"), ("ar", 1234, "1,234"), ("ar", 7, "7"),
    ])
    func countsAreGroupedAsTheLanguageGroupsThem(language: String, n: Int, expected: String) {
        #expect(LocalizedNumber.display(n, in: language) == expected)
        #expect(LocalizedNumber.display(n, in: language) == expected, "the same text the second time (from the cache)")
    }

    @Test func aCountOfAPageIsWrittenInItsLanguage() {
        let strings = InterfaceStrings(strings: ["passages_other": "{n} passages"], language: "fr")
        #expect(strings.count("passages", 1234) == "1\u{202F}234 passages")
        #expect(InterfaceStrings(strings: ["passages_other": "{n} passages"], language: "en").count("passages", 1234) == "1,234 passages")
    }
}
