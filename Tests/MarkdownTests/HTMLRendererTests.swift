import Testing
@testable import Markdown

@Suite struct HTMLRendererTests {
    func html(_ markdown: String, rawHTML: Bool = false) -> String {
        var renderer = HTMLRenderer(options: .init(allowRawHTML: rawHTML))
        return renderer.render(MarkdownParser().parse(markdown))
    }

    @Test func escapesTextAndAttributes() {
        #expect(html("a < b & \"c\" 'd'") == "<p>a &lt; b &amp; &quot;c&quot; &#39;d&#39;</p>\n")
        #expect(html("[x](https://e.org/?a=1&b=\"2\" \"t<i>\")").contains("<a href=\"https://e.org/?a=1&amp;b=%222%22\" title=\"t&lt;i&gt;\">x</a>"))
    }

    @Test(arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)",
        "vbscript:msgbox", "file:///etc/passwd", "data:text/html;base64,PHNjcmlwdD4=",
    ])
    func dropsDangerousURLs(_ url: String) {
        let markdown = "[link](<\(url)>) ![img](<\(url)>)"
        let output = html(markdown)
        #expect(!output.contains("href="), "\(output)")
        #expect(!output.contains("src="), "\(output)")
    }

    @Test func keepsSafeURLsAndRasterDataImages() {
        #expect(html("[a](https://example.org/x)").contains("href=\"https://example.org/x\""))
        #expect(html("[a](../drafts/#art_1)").contains("href=\"../drafts/#art_1\""))
        #expect(html("![a](data:image/png;base64,AAAA)").contains("src=\"data:image/png;base64,AAAA\""))
    }

    @Test func omitsRawHTMLUnlessAllowed() {
        let markdown = "<div onclick=\"x()\">hi</div>\n\nText <b>bold</b> <script>alert(1)</script>\n"
        let safe = html(markdown)
        #expect(!safe.contains("<div"))
        #expect(!safe.contains("<b>"))
        #expect(!safe.contains("<script"))
        let trusted = html(markdown, rawHTML: true)
        #expect(trusted.contains("<div onclick=\"x()\">hi</div>"))
        #expect(trusted.contains("<b>bold</b>"))
        #expect(trusted.contains("&lt;script>"), "GFM's tag filter applies even to trusted HTML")
    }

    @Test func rendersAnchorsWithAPermalink() {
        var document = MarkdownParser().parse("Hello.")
        document.blocks[0].anchor = "p_1"
        var renderer = HTMLRenderer(options: .init(permalinkLabels: ["p_1": "Link to paragraph 1"]))
        #expect(renderer.render(document) == "<p id=\"p_1\"><a class=\"permalink\" href=\"#p_1\" aria-label=\"Link to paragraph 1\">¶</a>Hello.</p>\n")
    }

    @Test func aHeadingsPermalinkFollowsItOutsideTheHeading() {
        var document = MarkdownParser().parse("## Scope\n\n## Plain")
        document.blocks[0].anchor = "scope"
        var renderer = HTMLRenderer()
        #expect(renderer.render(document) == """
            <div class="heading"><h2 id="scope">Scope</h2><a class="permalink" href="#scope" aria-label="Link to this section">¶</a></div>
            <h2>Plain</h2>

            """)
    }

    @Test func rendersFootnotesWithBackReferences() {
        let output = html("One[^a] two[^a].\n\n[^a]: The note.\n")
        #expect(output.contains("<a href=\"#fn-1\" id=\"fn-1-ref\""))
        #expect(output.contains("id=\"fn-1-ref-2\""))
        #expect(output.contains("<li id=\"fn-1\">\n<p>The note. <a href=\"#fn-1-ref\""))
    }

    @Test func keepsWrittenListNumbers() {
        #expect(html("1. a\n3. b\n").contains("<li value=\"3\">b</li>"))
    }

    @Test func rendersTablesTaskListsAndStrikethrough() {
        let output = html("| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~\n")
        #expect(output.contains("<th style=\"text-align: right\">b</th>"))
        #expect(output.contains("<input type=\"checkbox\" checked disabled> done"))
        #expect(output.contains("<del>old</del>"))
    }
}
