import Testing
@testable import Diagnostics

@Suite struct DiagnosticFormatTests {
    @Test func plainIsThePathLineFormatCompilersUse() {
        let diagnostic = Diagnostic.error("content/drafts/d.md", line: 4, "bad")
        #expect(DiagnosticFormat.plain.line(diagnostic, folder: "site") == "content/drafts/d.md:4: error: bad")
    }

    @Test func githubPrintsWorkflowCommandsWithTheSiteFolderInFront() {
        let error = Diagnostic.error("content/positions/p.md", line: 7, "unknown article")
        let warning = Diagnostic.warning("content/site.yml", "unknown field")
        #expect(DiagnosticFormat.github.line(error) == "::error file=content/positions/p.md,line=7::unknown article")
        #expect(DiagnosticFormat.github.line(warning, folder: "./record/") == "::warning file=record/content/site.yml::unknown field")
    }

    @Test func githubEscapesMessagesAndProperties() {
        let diagnostic = Diagnostic.error("content/a,b:c%.md", line: 1, "100% sure\r\nsecond line, with: colon")
        #expect(DiagnosticFormat.github.line(diagnostic) == "::error file=content/a%2Cb%3Ac%25.md,line=1::100%25 sure%0D%0Asecond line, with: colon")
        #expect(DiagnosticFormat.github.line(error: "travaux: 5% failed") == "::error::travaux: 5%25 failed")
    }

    @Test func githubIsChosenOnGitHubActionsOnly() {
        #expect(DiagnosticFormat.automatic(environment: ["GITHUB_ACTIONS": "true"]) == .github)
        #expect(DiagnosticFormat.automatic(environment: [:]) == .plain)
        #expect(DiagnosticFormat.automatic(environment: ["GITHUB_ACTIONS": "false"]) == .plain)
    }
}
