import Foundation
import Testing
@testable import TravauxKit

/// Acceptance tests on the repository's own site: the UN cybercrime negotiation record.
@Suite struct RepositorySiteTests {
    /// `text -> anchor` of every reference link on a page.
    static func references(_ html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "class=\"ref\"") {
            let before = rest[..<range.lowerBound]
            let hrefStart = before.range(of: "<a href=\"", options: .backwards)!.upperBound
            let href = before[hrefStart...].prefix { $0 != "\"" }
            let textStart = rest[range.upperBound...].firstIndex(of: ">")!
            let text = rest[rest.index(after: textStart)...].prefix { $0 != "<" }
            result.append("\(text) -> \(href.split(separator: "/drafts/").last ?? "")")
            rest = rest[range.upperBound...]
        }
        return result
    }

    @Test func everyReferenceOfTheSourceDocumentsLinksToTheRightAnchor() throws {
        let output = try RepositorySite.built()
        let icc = Self.references(try String(contentsOf: output.appendingPathComponent("positions/icc-2023-cnd-considerations/index.html"), encoding: .utf8))
        for expected in [
            "Preambular paragraph 9 -> updated-cnd/index.html#preamble__rec_9",
            "Article 22, paragraph 2 -> updated-cnd/index.html#art_22__para_2",
            "Article 22, paragraph 5 -> updated-cnd/index.html#art_22__para_5",
            "Article 27, paragraph 1 (b) -> updated-cnd/index.html#art_27__para_1__point_b",
            "Chapter IV -> updated-cnd/index.html#chp_IV",
            "Articles 25 -> updated-cnd/index.html#art_25",
            "Article 47 (1) (a) -> updated-cnd/index.html#art_47__para_1__point_a",
            "Article 40 paragraph (3) -> updated-cnd/index.html#art_40__para_3",
            "(f) -> updated-cnd/index.html#art_40__para_3__point_f",
            "Article 53, paragraph 3 (a) -> updated-cnd/index.html#art_53__para_3__point_a",
        ] {
            #expect(icc.contains(expected), "ICC: \(expected)")
        }
        #expect(icc.count == 42)
        let gitoc = Self.references(try String(contentsOf: output.appendingPathComponent("positions/gi-toc-2023-11-key-positions/index.html"), encoding: .utf8))
        for expected in [
            "Articles 6 -> zero-draft/index.html#art_6", "16 -> zero-draft/index.html#art_16",
            "Articles 3 -> zero-draft/index.html#art_3", "53 -> zero-draft/index.html#art_53",
            "Article 24(2) -> zero-draft/index.html#art_24__para_2", "Chapter I -> zero-draft/index.html#chp_I",
            "Article 36 -> zero-draft/index.html#art_36", "Article 42 -> zero-draft/index.html#art_42",
        ] {
            #expect(gitoc.contains(expected), "GI-TOC: \(expected)")
        }
        #expect(gitoc.count == 21)
    }

    @Test func referencesToOtherInstrumentsAndDocumentsWithoutADraftAreNotLinked() throws {
        let output = try RepositorySite.built()
        let icc = try String(contentsOf: output.appendingPathComponent("positions/icc-2023-cnd-considerations/index.html"), encoding: .utf8)
        #expect(icc.contains("operative paragraph 9 of General Assembly resolution 75/282"))
        for page in ["icclr-2022-06-obstacles-to-cooperation", "gi-toc-2022-07-guidance-note-2", "expert-group-2020-07-draft-report-addendum"] {
            let html = try String(contentsOf: output.appendingPathComponent("positions/\(page)/index.html"), encoding: .utf8)
            #expect(!html.contains("class=\"ref\""), "\(page) cites no draft")
        }
        let dandurand = try String(contentsOf: output.appendingPathComponent("positions/icclr-2022-06-obstacles-to-cooperation/index.html"), encoding: .utf8)
        #expect(dandurand.contains("pursuant to Article 35 of the Budapest Convention"))
    }

    @Test func bothDraftsHaveArticle24AndEveryDocumentHasAPage() throws {
        let output = try RepositorySite.built()
        for draft in ["zero-draft", "updated-cnd"] {
            let html = try String(contentsOf: output.appendingPathComponent("drafts/\(draft)/index.html"), encoding: .utf8)
            #expect(html.contains("id=\"art_24\""))
            #expect(html.contains("not the official text"))
        }
        let positions = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("positions").path).filter { !$0.hasSuffix(".html") }
        #expect(positions.count == 5)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("stakeholders/group-of-77-and-china/index.html").path))
    }

    @Test func theRecordHasAConcordanceAMatrixAndAPageForEveryProvision() throws {
        let output = try RepositorySite.built()
        func page(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }

        // Every article of every draft links to its provision page, and that page exists.
        for draft in ["updated-cnd", "zero-draft"] {
            let html = try page("drafts/\(draft)/index.html")
            let sections = html.components(separatedBy: "<section class=\"article\"").count - 1
            let links = html.components(separatedBy: "<p class=\"provision-link\"><a href=\"../../articles/")
            #expect(sections > 0 && links.count - 1 == sections, "\(draft): \(sections) articles, \(links.count - 1) provision links")
            for link in links.dropFirst() {
                let key = link.prefix { $0 != "/" }
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/\(key)/index.html").path), "\(key)")
            }
        }
        // Article 24 is one provision across both drafts, keyed by its title.
        let safeguards = try page("articles/conditions-and-safeguards/index.html")
        #expect(safeguards.contains("id=\"updated-cnd\"") && safeguards.contains("id=\"zero-draft\""))
        #expect(safeguards.contains("id=\"by_gi-toc\"") && safeguards.contains("id=\"by_icc\""))

        let concordance = try page("concordance/index.html")
        #expect(concordance.contains("<a href=\"../drafts/zero-draft/index.html#art_24\">Art.&nbsp;24</a>"))

        // The matrix has the four stakeholders whose documents the record holds, and the
        // articles ICC and GI-TOC address.
        let matrix = try page("matrix/index.html")
        for stakeholder in ["expert-group", "gi-toc", "icc", "icclr"] {
            #expect(matrix.contains("<th scope=\"col\" data-stakeholder=\"\(stakeholder)\""), "\(stakeholder)")
        }
        #expect(matrix.components(separatedBy: "<th scope=\"col\" data-stakeholder=").count - 1 == 4)
        #expect(matrix.contains("<tr data-provision=\"conditions-and-safeguards\""))
        #expect(matrix.contains("<td data-stakeholder=\"gi-toc\" data-kind=\"civil-society\" class=\"cell stance-"))
    }
}
