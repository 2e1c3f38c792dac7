import Diagnostics
import Testing
@testable import TravauxKit

@Suite struct BuildReportTests {
    @Test func failsOnAnErrorAndOnAWarningOnlyWhenStrict() {
        let warned = BuildReport(diagnostics: [.warning("a.md", "w")], published: true, files: 1)
        #expect(!warned.failed(strict: false))
        #expect(warned.failed(strict: true))
        #expect(warned.failures(strict: false) == 0 && warned.failures(strict: true) == 1)
        let erred = BuildReport(diagnostics: [.error("a.md", "e"), .warning("b.md", "w")], published: false, files: 0)
        #expect(erred.failed(strict: false))
        #expect(erred.failures(strict: false) == 1)
    }

    @Test func aBuildThatDidNotPublishFailedEvenWithoutDiagnostics() {
        #expect(BuildReport(diagnostics: [], published: false, files: 0).failed(strict: false))
    }
}
