import Testing
@testable import Diagnostics

@Suite struct DiagnosticTests {
    @Test func printsAsCompilersDoSoEditorsCanJumpToIt() {
        #expect(Diagnostic.error("content/a.md", line: 4, "bad").description == "content/a.md:4: error: bad")
        #expect(Diagnostic.warning("content/a.md", "odd").description == "content/a.md: warning: odd")
    }

    @Test func sortsByFileLineSeverityAndMessage() {
        let unsorted: [Diagnostic] = [
            .warning("b.md", line: 1, "z"), .error("a.md", line: 9, "y"), .warning("a.md", line: 2, "x"),
            .error("a.md", line: 2, "z"), .error("a.md", line: 2, "a"),
        ]
        #expect(unsorted.sorted().map(\.description) == [
            "a.md:2: error: a", "a.md:2: error: z", "a.md:2: warning: x", "a.md:9: error: y", "b.md:1: warning: z",
        ])
    }

    @Test func anErrorFailsAlwaysAWarningOnlyWhenStrict() {
        #expect(Diagnostic.error("a", "x").fails(strict: false))
        #expect(!Diagnostic.warning("a", "x").fails(strict: false))
        #expect(Diagnostic.warning("a", "x").fails(strict: true))
    }
}
