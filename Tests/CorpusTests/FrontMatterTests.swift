import Diagnostics
import Testing
@testable import Corpus

/// The front matter of a content file: split from the body at the closing line, with the
/// lines of both kept for diagnostics.
@Suite struct FrontMatterTests {
    func parse(_ text: String) -> (FrontMatter?, [String]) {
        var log = DiagnosticLog()
        let frontMatter = FrontMatter.parse(text, path: "p.md", log: &log)
        return (frontMatter, log.sorted.map(\.description))
    }

    @Test func fieldsAndBodyAreSplitAtTheFirstClosingLineAndTheBodyKnowsItsFirstLine() {
        let (frontMatter, diagnostics) = parse("---\ntitle: A\ndate: 2023\n---\n# Heading\n\n---\nText\n")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.body == SourceText(text: "# Heading\n\n---\nText\n", firstLine: 5))
        #expect(frontMatter?.fields.lines == ["title": 2, "date": 3])
    }

    @Test func theYAMLDocumentEndMarkerClosesTheFrontMatterToo() {
        let (frontMatter, diagnostics) = parse("---\ntitle: A\n...\nBody")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.body == SourceText(text: "Body", firstLine: 4))
    }

    @Test func delimitersMayEndInSpaces() {
        let (frontMatter, diagnostics) = parse("--- \ntitle: A\n---\t\nBody\n")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.fields.lines == ["title": 2])
        #expect(frontMatter?.body.text == "Body\n")
    }

    @Test func anEmptyFrontMatterHasNoFields() {
        let (frontMatter, diagnostics) = parse("---\n---\nBody\n")
        #expect(diagnostics.isEmpty)
        #expect(frontMatter?.fields.entries.isEmpty == true)
        #expect(frontMatter?.body == SourceText(text: "Body\n", firstLine: 3))
    }

    @Test(arguments: ["# Title\n", "\n---\ntitle: A\n---\n", "title: A\n---\n"])
    func aFileThatDoesNotStartWithTheOpeningLineHasNoFrontMatter(_ text: String) {
        let (frontMatter, diagnostics) = parse(text)
        #expect(frontMatter == nil)
        #expect(diagnostics == [
            "p.md:1: error: missing front matter: the file must start with a '---' line, then YAML fields (title, date, ...), then a closing '---' line",
        ])
    }

    @Test(arguments: ["---", "---\ntitle: A\n\nBody\n"])
    func anOpeningLineWithoutAClosingOneIsUnterminated(_ text: String) {
        let (frontMatter, diagnostics) = parse(text)
        #expect(frontMatter == nil)
        #expect(diagnostics == [
            "p.md:1: error: unterminated front matter: the '---' on line 1 has no closing '---' line; add one after the last field",
        ])
    }

    @Test func invalidYAMLIsAnErrorOnTheLineOfTheFile() throws {
        let (frontMatter, diagnostics) = parse("---\ntitle: A\nkind: [briefing\n---\nBody\n")
        #expect(frontMatter == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.hasPrefix("p.md:3: error: invalid YAML: "))
    }

    @Test func frontMatterThatIsNotFieldsIsAnError() {
        let (frontMatter, diagnostics) = parse("---\n- a\n- b\n---\n")
        #expect(frontMatter == nil)
        #expect(diagnostics == ["p.md:2: error: front matter must be a set of 'field: value' lines"])
    }
}
