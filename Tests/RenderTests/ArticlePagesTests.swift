import Addressing
import Compare
import Testing
@testable import Render

/// A provision's page: its text in each draft with the changes from the draft before, where
/// it was split from or merged into, the text positions propose, and who said what.
@Suite struct ArticlePagesTests {
    @Test func eachVersionGivesItsDraftTheChangesAndItsText() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "5")))
        #expect(html.contains("<dt>In</dt><dd><a href=\"#first-draft\">First draft: Article 5. Interception and interference</a>; <a href=\"#second-draft\">Second draft: Article 5. Illegal interception</a>; <a href=\"#third-draft\">Third draft: Article 5. Interception and interference</a></dd>"))
        #expect(html.contains("<h2>Article 5. Interception and interference <span class=\"in-draft\">in the First draft (A/AC.1/1)</span> <time class=\"date\" datetime=\"2021\">2021</time></h2>"))
        #expect(html.contains("<p class=\"version-link\">Chapter II. Criminalization · <a href=\"../../drafts/second-draft/index.html#art_5\">Read it in the draft</a> · <span class=\"basis\">aligned by text</span></p>"))
        #expect(html.contains("<summary>Changes from the First draft (Art. 5): 24 words deleted; retitled from “Interception and interference”</summary>\n<div class=\"redline\">1. Each State Party"))
        #expect(html.contains("<del>2. Each State Party shall establish"))
    }

    @Test func anOutlineArticleSaysTheRecordHoldsNoWords() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article("article-9"))
        #expect(html.contains("<summary>Changes from the First draft (Art. 9): The record holds the words of neither version.</summary>"))
        #expect(html.contains("<p class=\"no-text\">The record holds no words of this article in this draft.</p>"))
        #expect(html.contains("<span class=\"basis weak\">aligned by number only</span>"))
    }

    @Test func aSplitOrMergedProvisionLinksToTheOtherOne() throws {
        let html = try RenderFixture.renderer().html(.article("data-interference"))
        #expect(html.contains("<dt>Split from</dt><dd><a href=\"../../articles/interception-and-interference/index.html\">Article 5 of the First draft</a></dd>"))
        #expect(html.contains("<dt>Merged into</dt><dd><a href=\"../../articles/interception-and-interference/index.html\">Article 5 of the Third draft</a></dd>"))
    }

    @Test func proposedTextAndStancesAreListedByStakeholder() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "5")))
        #expect(html.contains("<figcaption>ACME, <a href=\"../../positions/acme-views/index.html#p_3\"><cite>Views &amp; proposals</cite></a>, <time datetime=\"2023-06\">June 2023</time>: for <a href=\"../../drafts/third-draft/index.html#art_5__para_1\">Art. 5(1)</a> of the Third draft (11 words deleted)</figcaption>"))
        #expect(html.contains("<section class=\"stakeholder-group\" id=\"by_acme\">\n<h3><a href=\"../../stakeholders/acme/index.html\">ACME Network</a> <span class=\"stance stance-support\">support</span> <span class=\"count\">3 passages</span></h3>"))
        #expect(html.contains("<li><span class=\"stance stance-support\">support</span> on Art. 5 of the Third draft: Essential. (<a href=\"../../positions/acme-views/index.html\">Views &amp; proposals</a>, June 2023)</li>"))
        let quiet = try renderer.html(.article("signature"))
        #expect(quiet.contains("<p>No document in the record cites this provision yet.</p>"))
        #expect(!quiet.contains("id=\"proposed_text\""))
    }

    @Test func aChangeIsSummarisedInWords() throws {
        let renderer = try RenderFixture.renderer()
        #expect(renderer.changeSummary(Redline(from: "a b c", to: "a c")) == "1 word deleted")
        #expect(renderer.changeSummary(Redline(from: "a c", to: "a b d c")) == "2 words inserted")
        #expect(renderer.changeSummary(Redline(from: "a b", to: "a c")) == "1 word deleted, 1 inserted")
        #expect(renderer.count("passages", 1) == "1 passage")
        #expect(renderer.count("passages", 2) == "2 passages")
    }

    @Test func theListOfProvisionsGivesTheirNumbersAndWhoAddressedThem() throws {
        let html = try RenderFixture.renderer().html(.articles)
        #expect(html.contains("<li><a href=\"../articles/misuse-of-devices/index.html\">Misuse of devices</a> <span class=\"numbers\"><span title=\"First draft\">Art. 6</span> → <span title=\"Second draft\">Art. 7</span> → <span title=\"Third draft\">Art. 7</span></span> <span class=\"byline\">addressed by 1</span></li>"))
        #expect(html.contains("<li><a href=\"../articles/signature/index.html\">Signature</a> <span class=\"numbers\"><span title=\"First draft\">Art. 10</span></span></li>"))
    }
}
