import Foundation
import Markdown
import Testing
@testable import Search

/// JSON written as bytes, strings escaped as `ScriptString` escapes them.
@Suite struct JSONWriterTests {
    @Test func stringsAreEscapedAsScriptStringEscapesThem() {
        for text in ["plain", "", "quote \" and \\ backslash", "<script>&'", "line\nbreak\ttab\u{1}", "\u{2028}\u{2029} sep", "€ ‘’ — 日本語", "\u{E2}"] {
            var json = JSONWriter()
            json.string(text)
            #expect(String(decoding: json.bytes, as: UTF8.self) == ScriptString.literal(text), "\(text)")
        }
    }

    @Test func whatItWritesParsesBack() throws {
        var json = JSONWriter()
        json.raw("[")
        json.string("a \"b\" <c>")
        json.raw(",")
        json.number(42)
        json.raw("]")
        let value = try #require(JSONSerialization.jsonObject(with: Data(json.bytes)) as? [Any])
        #expect(value[0] as? String == "a \"b\" <c>" && value[1] as? Int == 42)
    }
}
