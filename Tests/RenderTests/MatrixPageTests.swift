import Addressing
import Testing
@testable import Render

/// The matrix page (`matrix-cell`): each cell the stakeholder's stance on the provision, how
/// many passages and links to a few of them, whether it proposes text; empty cells empty.
@Suite struct MatrixPageTests {
    @Test func aCellGivesTheStanceThePassagesAndTheProposal() throws {
        let html = try RenderFixture.renderer().html(.matrix)
        #expect(html.contains("""
            <td data-stakeholder="acme" data-kind="civil-society" class="cell stance-support"><a class="stance" href="../articles/interception-and-interference/index.html#by_acme">support</a> <span class="passages">3 passages: <a href="../positions/acme-views/index.html#p_1" title="Views &amp; proposals, June 2023"><span class="doc">Jun 2023</span> ¶1</a> <a href="../positions/acme-views/index.html#p_2" title="Views &amp; proposals, June 2023"><span class="doc">Jun 2023</span> ¶2</a> <a href="../positions/joint-note/index.html#p_1" title="Joint note, August 2023"><span class="doc">Aug 2023</span> ¶1</a></span> <span class="proposes">proposes text</span></td>
            """))
    }

    @Test func passagesOfSeveralDocumentsInACellAreToldApartByMoreThanTheirTitle() throws {
        let html = try RenderFixture.renderer().html(.matrix)
        for cell in html.components(separatedBy: "<td ").dropFirst() {
            // The links' visible names, without the title attribute only a mouse shows.
            let names = cell.components(separatedBy: "\">").dropFirst().compactMap { part -> String? in
                guard part.contains("</a>") else { return nil }
                return part.components(separatedBy: "</a>")[0].replacingOccurrences(of: "<span class=\"doc\">", with: "").replacingOccurrences(of: "</span>", with: "")
            }
            #expect(Set(names).count == names.count, "\(names)")
        }
    }

    @Test func aCellOfOneDocumentNamesNoDocument() throws {
        let renderer = try RenderFixture.renderer()
        #expect(renderer.documentNames(["acme-views"]).isEmpty)
        #expect(renderer.documentNames(["acme-views", "joint-note"]) == ["acme-views": "Jun 2023", "joint-note": "Aug 2023"])
    }

    @Test(arguments: [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]])
    func documentsSharingAMonthAreNamedByKindThenByIdWhateverTheirOrder(order: [Int]) {
        let documents: [(id: String, month: String?, kind: String?)] = [
            (id: "a-statement", month: "Jun 2024", kind: "Statement"),
            (id: "a-submission", month: "Jun 2024", kind: "Submission"),
            (id: "a-statement-2", month: "Jun 2024", kind: "Statement"),
            (id: "a-note", month: "Aug 2024", kind: "Note"),
        ]
        #expect(SiteRenderer.documentNames(order.map { documents[$0] }) == [
            "a-statement": "a-statement", "a-statement-2": "a-statement-2", "a-submission": "Submission, Jun 2024", "a-note": "Aug 2024",
        ])
        let two = [documents[1], documents[0]]
        #expect(SiteRenderer.documentNames(two) == ["a-statement": "Statement, Jun 2024", "a-submission": "Submission, Jun 2024"])
        #expect(SiteRenderer.documentNames(Array(two.reversed())) == ["a-statement": "Statement, Jun 2024", "a-submission": "Submission, Jun 2024"])
    }

    @Test func aCellWithManyPassagesCountsThemAndLinksToTheProvisionsPage() throws {
        let html = try RenderFixture.renderer().html(.matrix)
        #expect(html.contains("""
            <td data-stakeholder="freedonia" data-kind="member-state" class="cell stance-comments"><a class="stance" href="../articles/interception-and-interference/index.html#by_freedonia">comments</a> <span class="passages">121 passages</span></td></tr>
            """))
    }

    @Test func aStakeholderThatSaidNothingLeavesTheCellEmpty() throws {
        let html = try RenderFixture.renderer().html(.matrix)
        #expect(html.contains("<td data-stakeholder=\"freedonia\" data-kind=\"member-state\" class=\"cell empty\"></td></tr>"))
        #expect(html.contains("""
            <tr data-provision="misuse-of-devices" data-drafts="first-draft second-draft third-draft" data-chapters="first-draft:chp_II second-draft:chp_II third-draft:chp_II"><th scope="row"><a href="../articles/misuse-of-devices/index.html">Misuse of devices</a> <span class="numbers">Art. 6 → Art. 7 → Art. 7</span></th><td data-stakeholder="acme"
            """))
    }

    @Test func onlyStakeholdersWithDocumentsAreColumnsAndTheFiltersListKindsDraftsAndChapters() throws {
        let html = try RenderFixture.renderer().html(.matrix)
        #expect(html.contains("<th scope=\"col\" data-stakeholder=\"acme\" data-kind=\"civil-society\"><a href=\"../stakeholders/acme/index.html\">ACME</a></th>"))
        #expect(!html.contains("data-stakeholder=\"sylvania\""))
        #expect(html.contains("<option value=\"member-state\">Member state</option>"))
        #expect(html.contains("<optgroup label=\"Third draft\"><option value=\"third-draft:chp_II\">Chapter II. Criminalization</option></optgroup>"))
        #expect(html.contains("<script src=\"../assets/matrix.js\" defer></script>"))
    }

    @Test func theCellsContextHoldsLinksOnlyForTheFewPassagesItShows() throws {
        let renderer = try RenderFixture.renderer()
        let row = try #require(renderer.provisionByKey[try renderer.provisionKey(draft: "third-draft", article: "5")])
        let many = renderer.matrixCell(row, "freedonia", from: .matrix)
        #expect(!many.hasLinks && many.links.isEmpty && many.passages == "121 passages")
        let few = renderer.matrixCell(row, "acme", from: .matrix)
        #expect(few.hasLinks && few.links.count == 3 && few.proposes)
        let empty = renderer.matrixCell(try #require(renderer.provisionByKey[try renderer.provisionKey(draft: "third-draft", article: "7")]), "freedonia", from: .matrix)
        #expect(empty.empty && empty.stance == nil && empty.value(named: "stance")?.isAbsent == true)
    }
}
