import Corpus
import Foundation
import Testing
@testable import Render

@Suite struct CitationTests {
    let citation = Citation(
        id: "gi-toc-2023-11", title: "Rights & {safeguards} 100%", authors: ["Global Initiative", "ICC"],
        date: PartialDate("2023-11")!, kind: "Briefing", symbol: "A/AC.291/CRP.1", url: "https://e.org/positions/gi-toc-2023-11/",
        container: "Record"
    )

    @Test func bibTeXEscapesSpecialCharactersAndKeepsCorporateAuthorsWhole() {
        let bib = citation.bibTeX
        #expect(bib.hasPrefix("@misc{gi-toc-2023-11,\n"))
        #expect(bib.contains("title = {{Rights \\& \\{safeguards\\} 100\\%}}"))
        #expect(bib.contains("author = {{Global Initiative} and {ICC}}"))
        #expect(bib.contains("month = {11}"))
    }

    @Test func cslJSONParsesAndCarriesTheDateParts() throws {
        let items = try JSONSerialization.jsonObject(with: Data(citation.cslJSON.utf8)) as? [[String: Any]]
        let item = try #require(items?.first)
        #expect(item["type"] as? String == "report")
        #expect((item["author"] as? [[String: String]])?.first?["literal"] == "Global Initiative")
        #expect(((item["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[2023, 11]])
        #expect(item["URL"] as? String == "https://e.org/positions/gi-toc-2023-11/")
    }

    @Test func plainTextNamesWhoWhatWhenAndWhere() {
        #expect(citation.plainText == "Global Initiative; ICC, Rights & {safeguards} 100%, A/AC.291/CRP.1, briefing, November 2023. https://e.org/positions/gi-toc-2023-11/")
    }

    @Test func bibTeXLeavesTextWithoutSpecialCharactersAsItIs() {
        #expect(Citation.bibEscape("Plain title — with ¶ and é") == "Plain title — with ¶ and é")
        #expect(Citation.bibEscape("50% of {x} & y_z #1 $2 \\ ~ ^") == "50\\% of \\{x\\} \\& y\\_z \\#1 \\$2 \\textbackslash{} \\textasciitilde{} \\textasciicircum{}")
    }
}
