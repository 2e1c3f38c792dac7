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
}
