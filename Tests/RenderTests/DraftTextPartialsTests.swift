import Addressing
import Testing
@testable import Render

/// A draft's text through the `draft-*` partials (``DraftTextBuilder``): every element with its
/// anchor and permalink on the draft page, none where a provision's page quotes an article,
/// the Markdown inside rendered and numbered in document order.
@Suite struct DraftTextPartialsTests {
    @Test func theNoteAndThePreambleComeFirstEachRecitalWithItsAnchor() throws {
        let html = try RenderFixture.renderer().html(.draft("first-draft"))
        #expect(html.contains("""
            <div class="draft-text">
            <div class="draft-note">
            <p>An outline for the tests.<sup class="footnote-ref"><a href="#fn-1" id="fn-1-ref" aria-label="Note 1">1</a></sup></p>
            </div>
            <section class="preamble" id="preamble">
            <div class="heading"><h2>Preamble</h2><a class="permalink" href="#preamble" aria-label="Link to the preamble">¶</a></div>
            <p>The States Parties to this Convention,</p>
            <blockquote>
            <p>Recalling the resolutions of the General Assembly,</p>
            </blockquote>
            <p class="recital" id="preamble__rec_1"><a class="permalink" href="#preamble__rec_1" aria-label="Link to preambular paragraph 1">¶</a><span class="num">1.</span> <em>Noting</em> the importance of cooperation,</p>
            </section>

            """))
    }

    @Test func pointsNestInsideTheirParagraphAndPointsOfPoints() throws {
        let html = try RenderFixture.renderer().html(.draft("first-draft"))
        // Article 1 stands outside any chapter: no section of its own around it.
        #expect(html.contains("</section>\n<section class=\"article\" id=\"art_1\">"))
        #expect(html.contains("""
            <div class="para" id="art_1__para_1"><a class="permalink" href="#art_1__para_1" aria-label="Link to Article 1, paragraph 1">¶</a><span class="num">1.</span> <span class="text">The purposes of this Convention are:</span>
            <ol class="points">
            <li class="point" id="art_1__para_1__point_a"><a class="permalink" href="#art_1__para_1__point_a" aria-label="Link to point (a)">¶</a><span class="num">(a)</span> To promote measures;</li>
            <li class="point" id="art_1__para_1__point_b"><a class="permalink" href="#art_1__para_1__point_b" aria-label="Link to point (b)">¶</a><span class="num">(b)</span> To promote cooperation, including:
            <ol class="points">
            <li class="point" id="art_1__para_1__point_b__point_i"><a class="permalink" href="#art_1__para_1__point_b__point_i" aria-label="Link to point (i)">¶</a><span class="num">(i)</span> Exchange of information;</li>
            <li class="point" id="art_1__para_1__point_b__point_ii"><a class="permalink" href="#art_1__para_1__point_b__point_ii" aria-label="Link to point (ii)">¶</a><span class="num">(ii)</span> Training;</li>
            </ol>
            </li>
            <li class="point" id="art_1__para_1__point_c"><a class="permalink" href="#art_1__para_1__point_c" aria-label="Link to point (c)">¶</a><span class="num">(c)</span> To provide assistance.</li>
            </ol>
            </div>

            """))
    }

    @Test func headingsNameTheirWordsAloneWithThePermalinkBesideThem() throws {
        let html = try RenderFixture.renderer().html(.draft("first-draft"))
        // A screen reader's list of headings reads "Article 5. Interception and interference",
        // not "Link to Article 5 Article 5Interception and interference".
        for heading in html.components(separatedBy: "<h3>").dropFirst() + html.components(separatedBy: "<h2>").dropFirst() {
            let inside = heading.components(separatedBy: "</h")[0]
            #expect(!inside.contains("permalink"), "\(inside)")
        }
        #expect(html.contains("<h3><span class=\"article-number\">Article 5</span>. <span class=\"article-title\">Interception and interference</span></h3>"))
    }

    @Test func chaptersAndOtherPartsAreSectionsWithTheirHeadingAndIntroduction() throws {
        let html = try RenderFixture.renderer().html(.draft("first-draft"))
        #expect(html.contains("""
            <section class="chapter" id="chp_II">
            <div class="heading"><h2>Chapter II. Criminalization</h2><a class="permalink" href="#chp_II" aria-label="Link to Chapter II. Criminalization">¶</a></div>
            <p>Text introducing the chapter.</p>
            <section class="article" id="art_5">
            <div class="heading"><h3><span class="article-number">Article 5</span>. <span class="article-title">Interception and interference</span></h3><a class="permalink" href="#art_5" aria-label="Link to Article 5">¶</a></div>
            <p class="provision-link"><a href="../../articles/interception-and-interference/index.html">Across drafts (3 versions)</a></p>

            """))
        // A part without anchor has no permalink; an outline article only its heading.
        #expect(html.contains("</section>\n</section>\n<section class=\"other\">\n<div class=\"heading\"><h2>Final clauses</h2></div>\n<section class=\"article\" id=\"art_10\">"))
        #expect(html.contains("<span class=\"article-number\">Article 9</span></h3><a class=\"permalink\" href=\"#art_9\" aria-label=\"Link to Article 9\">¶</a></div>\n<p class=\"provision-link\"><a href=\"../../articles/article-9/index.html\">Across drafts (2 versions)</a></p>\n</section>\n"))
        #expect(html.contains("<p class=\"provision-link\"><a href=\"../../articles/signature/index.html\">Provision page</a></p>\n<span class=\"text\">This Convention shall be open for signature.</span>\n</section>\n"))
    }

    @Test func textAndBlocksOutsideParagraphsKeepTheirOrderAndTheNotesCloseTheText() throws {
        let html = try RenderFixture.renderer().html(.draft("third-draft"))
        #expect(html.contains("""
            offences.</span>
            <blockquote>
            <p>A quoted block in the article.</p>
            </blockquote>
            <details class="cited-by">
            """))
        #expect(html.contains("computer data.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fn-1-ref\" aria-label=\"Note 1\">1</a></sup></span>"))
        #expect(html.contains("</section>\n<section class=\"footnotes\" aria-label=\"Notes\">\n<ol>\n<li id=\"fn-1\">\n<p>A note on the draft. <a href=\"#fn-1-ref\""))
        #expect(html.contains("</ol>\n</section>\n\n</div>\n"))
    }

    @Test func aProvisionsPageQuotesTheArticleWithoutItsAnchorsAndWithItsOwnNotes() throws {
        let renderer = try RenderFixture.renderer()
        let html = try renderer.html(.article(try renderer.provisionKey(draft: "third-draft", article: "5")))
        #expect(html.contains("<div class=\"draft-text\">\n<div class=\"para\"><span class=\"num\">1.</span> <span class=\"text\">Each State Party"))
        #expect(!html.contains("id=\"art_5__para_1\""))
        #expect(html.contains("<a href=\"#third-draft-fn-1\" id=\"third-draft-fn-1-ref\""))
        #expect(html.contains("<li id=\"third-draft-fn-1\">"))
    }

    @Test func wordsFromTheContentAreEscaped() throws {
        let renderer = try RenderFixture.renderer(extra: [
            "content/drafts/escapes.md": "---\ntitle: Escapes\ndate: \"2020\"\n---\n## Article 3. Rights & \"duties\"\n(a) Point & <b>x</b>;\n",
        ])
        let html = try renderer.html(.draft("escapes"))
        #expect(html.contains("<span class=\"article-title\">Rights &amp; &quot;duties&quot;</span>"))
        #expect(html.contains("<span class=\"num\">(a)</span> Point &amp; x;</li>"))
    }

    @Test func theBuilderNumbersNotesInTheOrderOfTheText() throws {
        let renderer = try RenderFixture.renderer()
        let draft = try #require(renderer.index.drafts["first-draft"])
        var builder = DraftTextBuilder(allowRawHTML: false, linkRoot: "../../")
        let text = builder.text(draft.text)
        #expect(text.note?.contains("id=\"fn-1-ref\"") == true)
        #expect(text.preamble?.elements.map { $0.recital?.number } == [nil, nil, 1])
        #expect(text.parts.map(\.kind) == ["untitled", "chapter", "other"])
        #expect(text.parts.map(\.wrapped) == [false, true, true])
        #expect(text.parts[2].anchor == nil)
        let article = try #require(text.parts.first?.articles.first)
        let points = try #require(article.content.first?.paragraph?.nodes.last?.points)
        #expect(points.map(\.label) == ["a", "b", "c"])
        #expect(points[1].points.map(\.label) == ["i", "ii"])
        #expect(text.footnotes.contains("Reconstructed from the records."))
    }
}
