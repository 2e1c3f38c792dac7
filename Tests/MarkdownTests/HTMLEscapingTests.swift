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

@Suite struct HTMLEscapingURLTableTests {
    @Test func escapesEveryByteOfAURLAsTheRulesSay() {
        // Every byte value on its own, against the rule spelled out: letters, digits and
        // `-_.~!*();:@=+$,/?#[]%` kept, `&` and `'` escaped for an attribute, the rest `%XX`.
        let safe = Set("-_.~!*();:@=+$,/?#[]%".utf8)
        for byte in UInt8(0)...UInt8(127) {
            let url = String(decoding: [UInt8(ascii: "a"), byte, UInt8(ascii: "b")], as: UTF8.self)
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            let middle: String = switch byte {
            case 0x26: "&amp;"
            case 0x27: "&#39;"
            case _ where isAlphanumeric || safe.contains(byte): String(UnicodeScalar(byte))
            default: "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
            #expect(HTMLEscaping.escapeURL(url) == "a" + middle + "b", "byte \(byte)")
        }
        #expect(HTMLEscaping.escapeURL("") == "")
        #expect(HTMLEscaping.escapeURL("#p_1 &'") == "#p_1%20&amp;&#39;")
    }
}

private extension String {
    /// The string with `0`s before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
