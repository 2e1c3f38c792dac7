import Addressing
import Testing
@testable import Render

/// The stakeholders, grouped by kind, and a stakeholder's page: who it is, its documents and
/// its stance on each provision it addressed.
@Suite struct StakeholderPagesTests {
    @Test func stakeholdersAreGroupedByKindAndSortedByName() throws {
        let html = try RenderFixture.renderer().html(.stakeholders)
        #expect(html.contains("""
            <h2>Member state</h2>
            <ul class="item-list">
            <li><a href="../stakeholders/freedonia/index.html">Freedonia</a> <span class="byline">2 document(s)</span></li>
            <li><a href="../stakeholders/sylvania/index.html">Sylvania</a></li>
            </ul>
            """))
        let member = try #require(html.range(of: "<h2>Member state</h2>"))
        let civil = try #require(html.range(of: "<h2>Civil society</h2>"))
        #expect(member.lowerBound < civil.lowerBound)
    }

    @Test func aStakeholderPageGivesItsDescriptionDocumentsAndStances() throws {
        let html = try RenderFixture.renderer().html(.stakeholder("acme"))
        #expect(html.contains("<h1>ACME Network <span class=\"short\">(ACME)</span></h1>\n<p><a href=\"https://acme.example.org\" rel=\"external\">https://acme.example.org</a></p>"))
        #expect(html.contains("<div class=\"document-text\">\n<p>A network of <em>organisations</em>.</p>\n\n</div>"))
        #expect(html.contains("""
            <tr><th scope="row"><a href="../../articles/interception-and-interference/index.html#by_acme">Interception and interference</a> <span class="numbers">Art. 5 → Art. 5 → Art. 5</span><p class="note">Essential.</p></th><td><span class="stance stance-support">support</span> <span class="proposes">proposes text</span></td><td>3 passages</td></tr>
            """))
        #expect(html.contains("<li><a href=\"../../positions/joint-note/index.html\">Joint note</a> <span class=\"byline\">Document · <time datetime=\"2023-08\">August 2023</time></span></li>"))
    }

    @Test func aStakeholderWithoutDocumentsSaysSo() throws {
        let html = try RenderFixture.renderer().html(.stakeholder("sylvania"))
        #expect(html.contains("<h1>Sylvania</h1>"))
        #expect(html.contains("<p>No documents in the record yet.</p>"))
        #expect(html.contains("<p>No document of this stakeholder in the record cites a provision of the drafts.</p>"))
    }
}
