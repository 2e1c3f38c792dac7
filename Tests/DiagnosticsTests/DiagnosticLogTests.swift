import Testing
@testable import Diagnostics

@Suite struct DiagnosticLogTests {
    @Test func sortedDropsRepeatsAndSorts() {
        var log = DiagnosticLog()
        log.warning("b.md", line: 3, "w")
        log.error("a.md", line: 1, "e")
        log.error("a.md", line: 1, "e")
        #expect(log.sorted.map(\.description) == ["a.md:1: error: e", "b.md:3: warning: w"])
    }

    @Test func hasErrorsFollowsStrictness() {
        var log = DiagnosticLog()
        #expect(!log.hasErrors(strict: true))
        log.warning("a.md", "w")
        #expect(!log.hasErrors())
        #expect(log.hasErrors(strict: true))
        log.error("a.md", "e")
        #expect(log.hasErrors())
    }
}
