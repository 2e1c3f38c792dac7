import Addressing
import Testing
@testable import Render

/// The passages citing a provision (`cited-by`, `citing-passage`, `citing-document`): who,
/// which document, when, the sentence with its references marked; the latest first on a draft
/// page, the long tail by document on a provision's page.
@Suite struct CitingPassagesTests {
    @Test func aSentenceIsCutAroundEachReference() {
        let (sentence, references) = SiteRenderer.marked("We support Article 5(1) and Article 7.", [(28, 37), (11, 23)])
        #expect(sentence == "We support ")
        #expect(references.map(\.text) == ["Article 5(1)", "Article 7"])
        #expect(references.map(\.after) == [" and ", "."])
    }

    @Test func overlappingOrOutOfRangeMarksAreLeftOut() {
        let (sentence, references) = SiteRenderer.marked("abcdef", [(3, 5), (0, 2), (1, 4), (5, 99)])
        #expect(sentence == "")
        #expect(references.map(\.text) == ["ab", "de"])
        #expect(references.map(\.after) == ["c", "f"])
        #expect(SiteRenderer.marked("no mark", []).sentence == "no mark")
    }

    @Test func aQuotedPassageNamesItsSourceAndMarksTheReferenceTheRestEscaped() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "5")))
        #expect(html.contains("""
            <li><a href="../../positions/acme-views/index.html#p_2">ACME, <cite>Views &amp; proposals</cite>, June 2023, ¶2</a><blockquote><mark>Article 5(2)</mark> &amp; its &quot;safeguards&quot; matter.</blockquote></li>
            """))
        #expect(html.contains("<a href=\"../../positions/joint-note/index.html#p_1\">ACME, Freedonia, <cite>Joint note</cite>, August 2023, ¶1</a>"))
    }

    @Test func aDraftPageQuotesTheLatestPassagesUnderEachArticleAndLinksTheRest() throws {
        let html = try RenderFixture.renderer().html(.draft("third-draft"))
        #expect(html.contains("""
            <details class="cited-by">
            <summary>Cited in 123 passages</summary>
            <ul>
            <li><a href="../../positions/joint-note/index.html#p_1">ACME, Freedonia, <cite>Joint note</cite>, August 2023, ¶1</a><blockquote>Both of us read <mark>Article 5(2)</mark> with care.</blockquote></li>
            <li><a href="../../positions/freedonia-statement/index.html#p_120">
            """))
        // 50 of the 123 passages citing Article 5, and the one citing Article 7.
        #expect(html.components(separatedBy: "</blockquote></li>").count - 1 == SiteRenderer.backlinkLimit + 1)
        #expect(html.contains("""
            </ul>
            <p class="more">and 73 earlier passages: <a href="../../articles/interception-and-interference/index.html#cited_by">all of them</a>.</p>
            </details>
            </section>
            """))
        #expect(html.contains("<summary>Cited in 1 passage</summary>"))
    }

    @Test func aProvisionCitedOftenQuotesAFewPassagesPerStakeholderAndListsTheRestByDocument() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "5")))
        #expect(html.contains("""
            <li><a href="../../positions/freedonia-statement/index.html#p_3">Freedonia, <cite>Statement of Freedonia</cite>, July 2023, ¶3</a><blockquote>Point 3: we refer to <mark>Article 5</mark>.</blockquote></li>
            <li class="more"><details><summary>118 more passages</summary><ul>
            <li><cite>Statement of Freedonia</cite>, July 2023: <a href="../../positions/freedonia-statement/index.html#p_4">¶4</a> <a href="../../positions/freedonia-statement/index.html#p_5">¶5</a>
            """))
        #expect(html.contains("<a href=\"../../positions/freedonia-statement/index.html#p_120\">¶120</a></li>\n<li><cite>Joint note</cite>, August 2023: <a href=\"../../positions/joint-note/index.html#p_1\">¶1</a></li>\n</ul></details></li>\n\n</ul>\n"))
        // A provision cited a few times quotes every passage.
        let quiet = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "7")))
        #expect(quiet.contains("<ul class=\"passages\">\n<li><a href=\"../../positions/acme-views/index.html#p_1\">"))
        #expect(!quiet.contains("class=\"more\""))
    }

    @Test func aPassageInAHeadingIsLinkedWithoutAParagraphNumber() throws {
        let renderer = try RenderFixture.renderer(extra: [
            "content/positions/headings.md": "---\ntitle: Headings\nstakeholder: acme\ndate: \"2023-09\"\ndraft: third-draft\n---\n## Comments on Article 7\n\nText.\n",
        ])
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "7")))
        #expect(html.contains("<li><a href=\"../../positions/headings/index.html#comments-on-article-7\">ACME, <cite>Headings</cite>, September 2023</a><blockquote>Comments on <mark>Article 7</mark></blockquote></li>"))
    }
}

/// The label of a citing passage's link, told from the anchor's label alone.
@Suite struct PassageLabelTests {
    @Test(arguments: [1, 9, 14, 120])
    func aPassageIsLabelledByItsNumber(_ number: Int) {
        #expect(SiteRenderer.passageLabel(.passage(number)) == "¶\(number)")
        #expect(SiteRenderer.paragraphLabel(.passage(number)) == "¶\(number)")
    }

    @Test(arguments: ["scope", "µ-and-ª", "article-24", "2"])
    func aHeadingIsLabelledWithASectionSignAndHasNoParagraph(_ slug: String) {
        #expect(SiteRenderer.passageLabel(.heading(slug)) == "§")
        #expect(SiteRenderer.paragraphLabel(.heading(slug)) == nil)
    }

    @Test func noAnchorOfADraftPassesForAParagraph() {
        for anchor in [Anchor.preamble, .recital(9), .chapter("IV"), .annex("I"), .article("24"), .version("zero-draft")] {
            #expect(SiteRenderer.paragraphLabel(anchor) == nil, "\(anchor)")
        }
    }
}
