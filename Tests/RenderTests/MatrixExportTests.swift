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

    @Test func anchorsAreLabelledAsLawyersCiteThem() {
        #expect(AnchorLabel.label("art_24__para_2__point_b") == "Art. 24(2)(b)")
        #expect(AnchorLabel.label("art_4bis") == "Art. 4 bis")
        #expect(AnchorLabel.label("preamble__rec_9") == "Preamble, para. 9")
        #expect(AnchorLabel.label("chp_IV") == "Chapter IV")
    }
}
