import Testing
@testable import Render

@Suite struct MatrixExportTests {
    @Test func aCSVFieldIsQuotedOnlyWhenItMustBe() {
        #expect(SiteRenderer.csvField("plain text") == "plain text")
        #expect(SiteRenderer.csvField("a, b") == "\"a, b\"")
        #expect(SiteRenderer.csvField("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(SiteRenderer.csvField("two\nlines") == "\"two\nlines\"")
    }

    @Test func aCSVFieldCannotBecomeASpreadsheetFormula() {
        #expect(SiteRenderer.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(SiteRenderer.csvField("-1") == "'-1")
        #expect(SiteRenderer.csvField("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test func aFieldIsPrefixedByItsFirstCharacterNotItsFirstByte() {
        // `=` with a combining accent is another character; CR LF is one character, not CR.
        #expect(SiteRenderer.csvField("=\u{301} x") == "=\u{301} x")
        #expect(SiteRenderer.csvField("\r\nx") == "\"\r\nx\"")
        #expect(SiteRenderer.csvField("\rx") == "\"'\rx\"")
        #expect(SiteRenderer.csvField("\tx") == "'\tx")
        #expect(SiteRenderer.csvField("é, ü") == "\"é, ü\"")
        #expect(SiteRenderer.csvField("¶ 3") == "¶ 3")
    }
}
