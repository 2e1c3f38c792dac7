import Testing
@testable import Render

/// The escaping every template's `{{name}}` goes through: Mustache's HTML escaping, by a faster escaper.
@Suite struct FastHTMLContentTypeTests {
    @Test func itEscapesWhatMustachesHTMLContentTypeEscapes() {
        #expect(FastHTMLContentType().escapeText("<a href='x'>Rights & \"duties\"</a>") == "&lt;a href=&#39;x&#39;&gt;Rights &amp; &quot;duties&quot;&lt;/a&gt;")
        #expect(FastHTMLContentType().escapeText("plain — text") == "plain — text")
    }

    @Test func everyTemplateEscapesWithIt() throws {
        let renderer = try RenderFixture.renderer(extra: ["templates/not-found.mustache": "{{home_href}}|{{{home_href}}}\n"])
        let html = renderer.theme.render("not-found", NotFoundPageContext(homeHref: "a'b&c"))
        #expect(html == "a&#39;b&amp;c|a'b&c\n")
        #expect(FastHTMLContentType.registered)
    }
}
