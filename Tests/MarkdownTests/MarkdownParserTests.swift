import Testing
@testable import Markdown

@Suite struct MarkdownParserTests {
    let parser = MarkdownParser()

    @Test func numbersFootnotesInTheOrderOfTheirFirstReference() {
        let document = parser.parse("Text[^b] and[^a] again[^b].\n\n[^a]: First.\n[^b]: Second.\n[^unused]: Dropped.\n")
        #expect(document.footnotes.map(\.label) == ["1", "2"])
        #expect(document.footnotes.map { $0.blocks.map(\.plainText) } == [["Second."], ["First."]])
        guard case .paragraph(let inlines) = document.blocks.first?.kind else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(inlines.filter { if case .footnoteReference = $0 { true } else { false } }
            == [.footnoteReference("1"), .footnoteReference("2"), .footnoteReference("1")])
    }

    @Test func readsListItemNumbersAsWritten() {
        let document = parser.parse("1. one\n3. three\n7. seven\n")
        guard case .list(let list) = document.blocks.first?.kind else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.writtenNumber) == [1, 3, 7])
    }

    @Test func reportsLinesOfTheFileNotOfTheBody() {
        let document = parser.parse("First.\n\nSecond.\n", firstLine: 5)
        #expect(document.blocks.map(\.line) == [5, 7])
    }

    @Test func parsesGFMExtensions() {
        let document = parser.parse("~~gone~~ www.example.org\n\n- [x] done\n- [ ] todo\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n")
        guard case .paragraph(let inlines) = document.blocks[0].kind else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(inlines.first == .strikethrough([.text("gone")]))
        #expect(inlines.contains { if case .link(let url, _, _) = $0 { url == "http://www.example.org" } else { false } })
        guard case .list(let list) = document.blocks[1].kind else {
            Issue.record("expected a task list")
            return
        }
        #expect(list.items.map(\.checked) == [true, false])
        guard case .table(let table) = document.blocks[2].kind else {
            Issue.record("expected a table")
            return
        }
        #expect(table.alignments == [.none, .center])
        #expect(table.rows.count == 1)
    }

    @Test func parsesSafelyFromManyThreadsAtOnce() async {
        let text = "A ~~struck~~ *emphasis* | not a table\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nwww.example.org[^1]\n\n[^1]: note\n"
        let expected = parser.parse(text)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 {
                group.addTask { MarkdownParser().parse(text) == expected }
            }
            for await same in group {
                #expect(same)
            }
        }
    }
}
