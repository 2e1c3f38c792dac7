import Addressing
import Testing
@testable import Render

/// The concordance page (`concordance-cell`): each provision's article in each draft, linked,
/// and what became of it: renumbered, retitled, new, split, merged, absent, aligned on the
/// number alone.
@Suite struct ConcordancePageTests {
    static func row(_ title: String) throws -> String {
        let html = try RenderFixture.renderer().html(.concordance)
        let start = try #require(html.range(of: ">\(title)</a></th>"))
        return String(html[start.upperBound...].prefix { $0 != "\n" })
    }

    @Test func aRenumberedArticleSaysWhatItWas() throws {
        #expect(try Self.row("Misuse of devices") == """
            <td class="present"><a href="../drafts/first-draft/index.html#art_6">Art.&nbsp;6</a> <span class="title">Misuse of devices</span></td>\
            <td class="present renumbered"><a href="../drafts/second-draft/index.html#art_7">Art.&nbsp;7</a> <span class="change">was 6</span> <span class="title">Misuse of devices</span></td>\
            <td class="present reworded"><a href="../drafts/third-draft/index.html#art_7">Art.&nbsp;7</a> <a class="change" href="../articles/misuse-of-devices/index.html#third-draft">reworded</a> <span class="title">Misuse of devices</span></td></tr>
            """)
    }

    @Test func anArticleWhoseWordsChangedIsMarkedRewordedWithALinkToItsRedline() throws {
        // The third draft adds a quoted block to the article, under the same number and title.
        let row = try Self.row("Misuse of devices")
        #expect(row.contains("<td class=\"present reworded\">"))
        #expect(row.contains("<a class=\"change\" href=\"../articles/misuse-of-devices/index.html#third-draft\">reworded</a>"))
        // Renumbered with the same words: not reworded.
        #expect(row.contains("<td class=\"present renumbered\">"))
        #expect(row.components(separatedBy: "reworded</a>").count == 2)
        // An outline (no words in the record) is never said to be reworded.
        #expect(!(try Self.row("Article 9")).contains("reworded"))
    }

    @Test func aSplitArticleIsPartOfItsOriginAndAMergedOneSaysWhereItWent() throws {
        #expect(try Self.row("Data interference") == """
            <td class="absent split"><span class="change">part of <a href="../drafts/first-draft/index.html#art_5">Art.&nbsp;5</a></span></td>\
            <td class="present split"><a href="../drafts/second-draft/index.html#art_6">Art.&nbsp;6</a> <span class="change">split from Art.&nbsp;5</span> <span class="title">Data interference</span></td>\
            <td class="absent merged"><span class="change">merged into <a href="../drafts/third-draft/index.html#art_5">Art.&nbsp;5</a></span></td></tr>
            """)
    }

    @Test func retitledNewAbsentAndNumberOnlyArticlesAreMarked() throws {
        #expect(try Self.row("Interception and interference").contains("<td class=\"present retitled reworded\"><a href=\"../drafts/second-draft/index.html#art_5\">Art.&nbsp;5</a> <span class=\"change\">retitled</span> <a class=\"change\" href=\"../articles/interception-and-interference/index.html#second-draft\">reworded</a> <span class=\"title\">Illegal interception</span></td>"))
        #expect(try Self.row("Protection of sovereignty").hasPrefix("<td class=\"absent\">—<span class=\"visually-hidden\"> not in the record of this draft</span></td><td class=\"present added\"><a href=\"../drafts/second-draft/index.html#art_8\">Art.&nbsp;8</a> <span class=\"change\">new</span>"))
        #expect(try Self.row("Article 9").contains("<a href=\"../drafts/second-draft/index.html#art_9\">Art.&nbsp;9</a> <span class=\"basis\" title=\"aligned by number only\">≈<span class=\"visually-hidden\"> aligned by number only</span></span></td>"))
    }

    @Test func theHeadCountsProvisionsDraftsAndRenumberings() throws {
        let html = try RenderFixture.renderer().html(.concordance)
        #expect(html.contains("<p class=\"lead\">7 provisions across 3 drafts:"))
        #expect(html.contains("say what they were (1 provision changed number);"))
        #expect(html.contains("<th scope=\"col\"><a href=\"../drafts/first-draft/index.html\">First draft</a> <span class=\"date\">2021</span></th>"))
    }

    @Test func aCellLabelBreaksNowhereButAtItsFirstSpace() throws {
        let renderer = try RenderFixture.renderer()
        let link = renderer.cellLink(.article("4 bis"), in: "d", from: .concordance)
        #expect(link.first == "Art." && link.rest == "4 bis")
        #expect(link.href == "../drafts/d/index.html#art_4bis")
        #expect(renderer.cellLink(.preamble, in: "d", from: .concordance).rest == nil)
    }
}
