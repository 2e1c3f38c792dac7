import Foundation
import Testing
@testable import Render

/// Counted nouns in each language's plural forms, and strings with values put in.
@Suite struct InterfaceStringsFormattingTests {
    /// The default theme, as a site without files of its own loads it.
    static let theme = Result {
        let site = try RenderFixture.write([:])
        defer { try? FileManager.default.removeItem(at: site) }
        return try Theme.load(siteDirectory: site, name: "default")
    }

    @Test(arguments: [
        ("en", 1, "1 passage"), ("en", 3, "3 passages"),
        ("fr", 0, "0 passage"), ("fr", 1, "1 passage"), ("fr", 2, "2 passages"),
        ("es", 1, "1 pasaje"), ("es", 12, "12 pasajes"),
        ("ru", 1, "1 фрагмент"), ("ru", 3, "3 фрагмента"), ("ru", 5, "5 фрагментов"), ("ru", 11, "11 фрагментов"),
        ("ru", 21, "21 фрагмент"), ("ru", 22, "22 фрагмента"), ("ru", 112, "112 фрагментов"),
        ("ar", 0, "0 مقطع"), ("ar", 1, "مقطع واحد"), ("ar", 2, "مقطعان"), ("ar", 3, "3 مقاطع"), ("ar", 10, "10 مقاطع"),
        ("ar", 11, "11 مقطعًا"), ("ar", 99, "99 مقطعًا"), ("ar", 100, "100 مقطع"), ("ar", 103, "103 مقاطع"),
        ("zh", 1, "1个段落"), ("zh", 7, "7个段落"),
    ])
    func passagesAreCountedInTheFormTheLanguageUses(_ language: String, _ n: Int, _ expected: String) throws {
        #expect(try Self.theme.get().interface(language).count("passages", n) == expected)
    }

    @Test(arguments: [
        ("ru", 1, "1 статья"), ("ru", 2, "2 статьи"), ("ru", 5, "5 статей"), ("ru", 21, "21 статья"),
        ("ar", 1, "مادة واحدة"), ("ar", 2, "مادتان"), ("ar", 4, "4 مواد"), ("ar", 12, "12 مادة"), ("ar", 200, "200 مادة"),
        ("fr", 1, "1 article"), ("fr", 12, "12 articles"), ("zh", 12, "12条"), ("en", 1, "1 article"), ("en", 12, "12 articles"),
    ])
    func articlesAreCountedInTheFormTheLanguageUses(_ language: String, _ n: Int, _ expected: String) throws {
        #expect(try Self.theme.get().interface(language).count("articles", n) == expected)
    }

    @Test func aCategoryALanguageFileLacksFallsBackToItsOther() {
        let strings = InterfaceStrings(strings: ["x_other": "{n} things"], language: "ru")
        #expect(strings.count("x", 1) == "1 things")
        #expect(InterfaceStrings(strings: [:], language: "ru").count("x", 2) == "2 x")
    }

    @Test func valuesArePutInAndEscapedForHTMLWhereTheStringIsHTML() {
        let strings = InterfaceStrings(strings: ["a": "<a href=\"{href}\">{name}</a>", "b": "{name} & co"], language: "en")
        #expect(strings.html("a", ["href": "x?a=1&b=\"2\"", "name": "<b>"]) == "<a href=\"x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;</a>")
        #expect(strings.format("b", ["name": "<b>"]) == "<b> & co")
    }

    @Test func namesAreFilledInOnePassAndUnknownBracesStay() {
        let strings = InterfaceStrings(strings: ["c_other": "{n} passages of {title} {unknown}", "d": "{a}{b} {"], language: "en")
        // A value holding a name is not filled again (a title "{n}" stays as written).
        #expect(strings.count("c", 3, ["title": "{n} <i>"]) == "3 passages of {n} <i> {unknown}")
        #expect(strings.count("c", 3, ["title": "{n} <i>"], html: true) == "3 passages of {n} &lt;i&gt; {unknown}")
        #expect(strings.format("d", ["a": "x", "b": "y"]) == "xy {")
        #expect(InterfaceStrings.fill("no braces", ["a": "b"]) == "no braces")
    }
}
