import Foundation
import Markdown
import Testing

/// JSON written as bytes: author text can never end a string, a script or an attribute.
@Suite struct JSONWriterTests {
    @Test func stringsEscapeWhatCouldEndAStringAScriptOrAnAttribute() {
        let cases: [(String, String)] = [
            ("plain", #""plain""#),
            ("", #""""#),
            ("quote \" and \\ backslash", #""quote \" and \\ backslash""#),
            ("</script>&'", #""\u003c/script\u003e\u0026\u0027""#),
            ("line\nbreak\ttab\u{1}", #""line\nbreak\u0009tab\u0001""#),
            ("\u{2028}\u{2029} sep", #""\u2028\u2029 sep""#),
            ("€ ‘’ — 日本語", "\"€ ‘’ — 日本語\""),
        ]
        for (text, expected) in cases {
            var json = JSONWriter()
            json.string(text)
            #expect(String(decoding: json.bytes, as: UTF8.self) == expected, "\(text)")
            #expect(ScriptString.literal(text) == expected, "\(text)")
        }
    }

    @Test func stringContentsAreTheStringWithoutItsQuotes() {
        var json = JSONWriter()
        json.stringContents("a \"b\" <c>")
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"a \"b\" \u003cc\u003e"#)
    }

    @Test func whatItWritesParsesBack() throws {
        var json = JSONWriter()
        json.raw("[")
        json.string("a \"b\" <c>")
        json.raw(",")
        json.number(42)
        json.raw(",")
        json.strings(["x", "y"])
        json.raw(",")
        json.string(orNull: nil)
        json.raw("]")
        let value = try #require(JSONSerialization.jsonObject(with: Data(json.bytes)) as? [Any])
        #expect(value[0] as? String == "a \"b\" <c>" && value[1] as? Int == 42)
        #expect(value[2] as? [String] == ["x", "y"] && value[3] is NSNull)
    }
}
