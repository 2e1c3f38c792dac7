import Markdown
import Testing
@testable import Structure

@Suite struct AnchoredDocumentTests {
    @Test func countsTopLevelBlocksAndListItems() {
        let document = AnchoredDocument(MarkdownParser().parse("# Title\n\nOne.\n\n- a\n- b\n\n> quote\n\n---\n\n| a |\n|---|\n| 1 |\n"))
        #expect(document.anchors.map(\.id) == ["title", "p_1", "p_2", "p_3", "p_4", "p_5"])
        #expect(document.passages.map(\.number) == [1, 2, 3, 4, 5])
        #expect(document.passages.map(\.line) == [3, 5, 6, 8, 12])
    }
}
