import Addressing
import Foundation
import Testing
@testable import Render

/// A position's page: the text with its anchors and proposals (the `proposal` partial), how
/// to cite it, and the metadata reference managers read; free pages and the page not found.
@Suite struct PositionPagesTests {
    @Test func aProposalIsShownWhereItStandsWithItsRedlineAgainstTheDraft() throws {
        let html = try RenderFixture.renderer().html(.position("acme-views"))
        #expect(html.contains("""
            <figure class="proposal" id="p_3"><a class="permalink" href="#p_3" aria-label="Link to the proposed text for Art. 5(1)">¶</a><figcaption>Proposed text for <a href="../../drafts/third-draft/index.html#art_5__para_1">Art. 5(1)</a> of the Third draft (11 words deleted)</figcaption>
            <div class="redline">Each State Party shall establish as a criminal offence <del>under its domestic law </del>the interception
            """))
        #expect(html.contains("<details><summary>Proposed text alone</summary><div class=\"proposal-text\">Each State Party shall establish as a criminal offence the interception of non-public transmissions.</div></details>\n</figure>\n<div class=\"heading\"><h2 id=\"conclusion\">"))
    }

    @Test func theProposalsContextNamesWhatItAmends() throws {
        let renderer = try RenderFixture.renderer()
        let proposal = try #require(renderer.comparison.proposals(in: "acme-views").first)
        let figure = renderer.proposalFigure(proposal, from: .position("acme-views"))
        #expect(figure.anchor == "p_3")
        #expect(figure.target == "Art. 5(1)")
        #expect(figure.targetHref == "../../drafts/third-draft/index.html#art_5__para_1")
        #expect(figure.draftTitle == "Third draft")
        #expect(figure.summary == "11 words deleted")
    }

    @Test func aPositionSaysWhoWhenWhatDraftAndHowToCiteIt() throws {
        let html = try RenderFixture.renderer().html(.position("acme-views"))
        #expect(html.contains("<dt>By</dt><dd><a href=\"../../stakeholders/acme/index.html\">ACME Network</a> </dd>"))
        #expect(html.contains("<dt>Session</dt><dd><a href=\"../../sessions/second/index.html\">Second session</a></dd>"))
        #expect(html.contains("<dt>Source</dt><dd><a href=\"https://acme.example.org/views.pdf\" rel=\"external\">https://acme.example.org/views.pdf</a></dd>"))
        #expect(html.contains("<p class=\"cite-text\">ACME Network, Views &amp; proposals, ACME/1, briefing, June 2023. https://example.org/record/positions/acme-views/</p>"))
        #expect(html.contains("<pre><code>@misc{acme-views,\n  title = {{Views \\&amp; proposals}},"))
        #expect(html.contains("<meta name=\"citation_publication_date\" content=\"2023/06\">"))
        #expect(html.contains("<meta name=\"travaux-cite\" content=\"ACME, Views &amp; proposals, June 2023\">"))
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#general\">General</a></li>"))
    }

    @Test func theListOfPositionsIsLatestFirst() throws {
        let html = try RenderFixture.renderer().html(.positions)
        let joint = try #require(html.range(of: "Joint note"))
        let views = try #require(html.range(of: "Views &amp; proposals"))
        #expect(joint.lowerBound < views.lowerBound)
        #expect(html.contains("<td><a href=\"../stakeholders/acme/index.html\">ACME</a> <a href=\"../stakeholders/freedonia/index.html\">Freedonia</a> </td><td>Document</td>"))
    }

    @Test func aFreePageAndThePageNotFound() throws {
        let renderer = try RenderFixture.renderer()
        let about = try renderer.html(.page("about"))
        #expect(about.contains("<meta name=\"description\" content=\"What this record is.\">"))
        #expect(about.contains("<h1>About</h1>\n<div class=\"document-text\">\n<div class=\"heading\"><h2 id=\"purpose\">Purpose</h2><a class=\"permalink\" href=\"#purpose\""))
        let notFound = renderer.render(renderer.notFound(), at: .home)
        #expect(notFound.contains("<base href=\"https://example.org/record/\">"))
        #expect(notFound.contains("start from the <a href=\"index.html\">home page</a>"))
        #expect(notFound.contains("<title>Page not found · Test record</title>"))
    }

    @Test func monthsAndDaysOfTheScholarTagsHaveTwoDigits() {
        #expect((0...31).map(SiteRenderer.twoDigits) == (0...31).map { String(format: "%02d", $0) })
        #expect(SiteRenderer.twoDigits(123) == "123")
    }
}
