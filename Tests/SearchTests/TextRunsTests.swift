import Markdown
import Testing
@testable import Search

/// The text of Markdown as runs, emphasised or not, with a space between blocks.
@Suite struct TextRunsTests {
    /// The text of `markdown`'s blocks, emphasised runs as `*text*`.
    static func runs(_ markdown: String) -> String {
        var runs = TextRuns()
        MarkdownParser().parse(markdown).blocks.forEach { runs.append($0) }
        return runs.runs.map { $0.emphasized ? "*\($0.text)*" : $0.text }.joined()
    }

    @Test func emphasisAndStrongTextAreEmphasisedRuns() {
        #expect(Self.runs("Plain **bold** and *em*.") == "Plain *bold* and *em*.")
        #expect(Self.runs("**bold *and em* ~~struck~~**") == "*bold and em struck*")
    }

    @Test func neighboursOfTheSameKindJoin() {
        var runs = TextRuns()
        runs.append("a")
        runs.append("b")
        runs.append("c", emphasized: true)
        runs.append("d", emphasized: true)
        runs.append("")
        runs.append("e")
        #expect(runs.runs.map(\.text) == ["ab", "cd", "e"])
    }

    @Test func blocksAreSeparatedByOneSpace() {
        #expect(Self.runs("One.\n\nTwo.\n\n> Three.\n") == "One. Two. Three.")
        var runs = TextRuns()
        runs.separate()
        runs.append("a ")
        runs.separate()
        runs.append("b")
        runs.separate()
        runs.separate()
        #expect(runs.runs.map(\.text).joined() == "a b ", "no space at the start, none after a space")
    }

    @Test func linksImagesAndCodeKeepTheirTextAndMarkupIsDropped() {
        #expect(Self.runs("A [link](https://example.org) `code` ![alt text](i.png) <b>raw</b>, line\nbreak[^1].\n\n[^1]: Note.") ==
            "A link code alt text raw, line break."
        )
    }

    @Test func tablesListsAndCodeBlocksGiveTheirText() {
        #expect(Self.runs("| a | b |\n|---|---|\n| 1 | 2 |\n") == "a b 1 2")
        #expect(Self.runs("- one\n- two\n") == "one two")
        #expect(Self.runs("```\nlet x = 1\n```\n") == "let x = 1\n")
        #expect(Self.runs("***\n").isEmpty)
        #expect(Self.runs("<div>html</div>\n").isEmpty)
    }
}
