import Markdown
import Testing
@testable import Render

/// The escaping of `{{name}}`, on bytes: exactly what swift-mustache's HTML content type
/// wrote (through `HTMLEscaping`), runs between the escaped characters copied at once.
@Suite struct HTMLByteEscaperTests {
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        HTMLByteEscaper.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func itEscapesTheFiveCharactersOfHTML() {
        #expect(Self.escaped("<a href='x'>Rights & \"duties\"</a>") == "&lt;a href=&#39;x&#39;&gt;Rights &amp; &quot;duties&quot;&lt;/a&gt;")
    }

    @Test func itLeavesEverythingElseAsItIs() {
        #expect(Self.escaped("plain — text, ¶ 24(2)(b) 🙂") == "plain — text, ¶ 24(2)(b) 🙂")
        #expect(Self.escaped("") == "")
    }

    @Test(arguments: ["&", "&&", "a&", "&a", "<<>>", "\"'\"", "x<y>z", "é&é", "\u{0}<\u{7F}"])
    func itWritesWhatHTMLEscapingWrites(_ text: String) {
        #expect(Self.escaped(text) == HTMLEscaping.escape(text))
    }

    @Test func itAppendsToWhatTheBufferHolds() {
        var out = Array("<p>".utf8)
        HTMLByteEscaper.append("a<b", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<p>a&lt;b")
    }
}
