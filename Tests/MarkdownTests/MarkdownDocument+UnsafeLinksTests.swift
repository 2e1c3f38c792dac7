import Testing
@testable import Markdown

@Suite struct MarkdownDocumentUnsafeLinksTests {
    @Test func findsEveryLinkAndImageTheRendererDropsWithItsLine() {
        let markdown = """
        Safe [one](https://example.org) and [bad](javascript:alert(1)).

        > quoted ![img](data:text/html,x)

        - item with [file](file:///etc/passwd)

        | h |
        |---|
        | [v](vbscript:x) |

        Note.[^1]

        [^1]: A footnote with [js](JAVASCRIPT:alert(2)).
        """
        let found = MarkdownParser().parse(markdown).unsafeLinks
        #expect(found.map(\.line) == [1, 3, 5, 7, 13])
        #expect(found.map(\.destination) == ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x", "JAVASCRIPT:alert(2)"])
        #expect(found.map(\.isImage) == [false, true, false, false, false])
    }

    @Test func aDocumentOfSafeLinksHasNone() {
        #expect(MarkdownParser().parse("[a](../x.md) ![b](data:image/png;base64,AA) <https://example.org>").unsafeLinks.isEmpty)
    }
}
