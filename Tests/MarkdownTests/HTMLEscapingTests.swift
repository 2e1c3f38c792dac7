import Testing
@testable import Markdown

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveCharactersThatMatterInTextAndQuotedAttributes() {
        #expect(HTMLEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.escape("plain, unchanged — é") == "plain, unchanged — é")
        var out = "kept "
        HTMLEscaping.escape("<b>", into: &out)
        #expect(out == "kept &lt;b&gt;")
    }

    @Test func escapesAURLForAnAttributeAndPercentEncodesWhatItCannotHoldRaw() {
        #expect(HTMLEscaping.escapeURL("../../drafts/x/index.html#art_24") == "../../drafts/x/index.html#art_24")
        #expect(HTMLEscaping.escapeURL("a b\"c") == "a%20b%22c")
        #expect(HTMLEscaping.escapeURL("?q=1&r='2'") == "?q=1&amp;r=&#39;2&#39;")
        #expect(HTMLEscaping.escapeURL("/été/") == "/%C3%A9t%C3%A9/")
    }

    @Test(arguments: [
        ("https://example.org/", true), ("../positions/x/index.html", true), ("mailto:a@b.org", true),
        ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), (" \tjavascript:alert(1)", false),
        ("java\nscript:alert(1)", false), ("vbscript:msgbox", false), ("file:///etc/passwd", false),
        ("data:text/html,<script>", false), ("data:image/png;base64,AAAA", true), ("data:image/svg+xml,<svg>", false),
    ])
    func refusesAddressesThatRunScriptOrRevealFiles(_ url: String, _ safe: Bool) {
        #expect(HTMLEscaping.isSafeURL(url) == safe)
    }
}
