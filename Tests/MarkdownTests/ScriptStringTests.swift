import Foundation
import Testing
@testable import Markdown

struct ScriptStringTests {
    @Test func plainTextIsQuotedAsIs() {
        #expect(ScriptString.literal("art_24") == "\"art_24\"")
        #expect(ScriptString.literal("Protección — State’s") == "\"Protección — State’s\"")
    }

    @Test func markupQuotesAndLineEndsAreEscapedAndTheResultIsJSON() throws {
        let text = "<script>alert('x')</script> & \"q\" \\ a\nb\tc \u{2028}\u{2029} é’"
        let literal = ScriptString.literal(text)
        #expect(literal == "\"\\u003cscript\\u003ealert(\\u0027x\\u0027)\\u003c/script\\u003e \\u0026 \\\"q\\\" \\\\ a\\nb\\u0009c \\u2028\\u2029 é’\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }
}
