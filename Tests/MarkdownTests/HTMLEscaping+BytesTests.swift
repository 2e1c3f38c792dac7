import Markdown
import Testing

/// HTML escaping on bytes (what templates' `{{name}}` writes): exactly what the escaping of
/// strings writes, runs between the escaped characters copied at once.
@Suite struct HTMLEscapingBytesTests {
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        HTMLEscaping.escape(text, into: &out)
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
        HTMLEscaping.escape("a<b", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<p>a&lt;b")
    }
}

/// The escaping of bytes skips blocks of sixteen bytes at once: every place of a character
/// to escape, in texts longer than a block, gives what the escaping of strings gives.
@Suite struct HTMLEscapingBytesBlockTests {
    @Test(arguments: ["&", "<", ">", "\"", "'"])
    func itEscapesACharacterAtEveryPlaceOfSeveralBlocks(_ character: String) {
        for length in [15, 16, 17, 31, 32, 33, 50] {
            for place in 0..<length {
                let text = String(repeating: "é", count: place / 2) + String(repeating: "a", count: place % 2) + character
                    + String(repeating: "b", count: length - place)
                #expect(HTMLEscapingBytesTests.escaped(text) == HTMLEscaping.escape(text), "\(length) \(place)")
            }
        }
    }

    @Test func itEscapesRunsOfEscapedCharactersAcrossBlocks() {
        let text = String(repeating: "x<&>\"'y", count: 20)
        #expect(HTMLEscapingBytesTests.escaped(text) == HTMLEscaping.escape(text))
        let plain = String(repeating: "Article 24(2), paragraph — ¶ 3. ", count: 10)
        #expect(HTMLEscapingBytesTests.escaped(plain) == plain)
    }
}
