import Markdown
import Testing
@testable import Render

/// Addresses for `{{href}}`: percent-encoded so that the template's escaping writes exactly
/// what ``HTMLEscaping/escapeURL(_:)`` writes.
@Suite struct PercentEncodingTests {
    static let addresses = [
        "../../positions/acme/index.html#p_4", "#résumé", "a b\tc", "x&y'z", "\"<tag>\"", "%41", "javascript:alert(1)",
        "../😀/", "", "?q=a+b,c;d:e@f=g$h!i*j(k)l[m]n~o", "\u{7F}\u{0}", "日本語",
    ]

    @Test(arguments: addresses) func escapingTheEncodedAddressGivesEscapeURL(_ address: String) {
        #expect(HTMLEscaping.escape(PercentEncoding.encode(address)) == HTMLEscaping.escapeURL(address))
    }

    @Test func anAddressThatNeedsNothingIsLeftAsItIs() {
        #expect(PercentEncoding.encode("../../drafts/zero/index.html#art_24__para_2") == "../../drafts/zero/index.html#art_24__para_2")
        #expect(PercentEncoding.encode("#résumé") == "#r%C3%A9sum%C3%A9")
        #expect(PercentEncoding.encode("a&b") == "a&b")
    }
}
