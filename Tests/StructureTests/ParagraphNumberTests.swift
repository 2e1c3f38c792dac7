import Testing
@testable import Structure

/// Paragraph numbers written in a paragraph's text, as Arabic and Chinese texts number them.
@Suite struct ParagraphNumberTests {
    @Test(arguments: [
        ("1 - تتخذ كل دولة طرف", 1, "تتخذ كل دولة طرف"),
        ("12 – text", 12, "text"),
        ("٢. تتخذ", 2, "تتخذ"),
        ("٣ - تتخذ", 3, "تتخذ"),
        ("2- text", 2, "text"),
        ("一、本公约的目的是", 1, "本公约的目的是"),
        ("二十四、 条", 24, "条"),
    ])
    func readsTheNumberAndTheTextAfterIt(_ text: String, _ number: Int, _ rest: String) throws {
        let found = try #require(ParagraphNumber.leading(text))
        #expect(found.number == number)
        #expect(found.rest == Substring(rest))
    }

    @Test(arguments: ["1. list item", "2023 - year", "1 -no space", "条件", "一些国家", "0 - zero", "24 hours", "(一) point", "One - two"])
    func otherTextHasNoParagraphNumber(_ text: String) {
        #expect(ParagraphNumber.leading(text) == nil)
    }
}
