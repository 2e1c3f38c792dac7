import Diagnostics
import Foundation
import Testing
@testable import TravauxKit

/// Each broken input gives `path:line: error:` diagnostics, a failed build, and an output
/// folder left exactly as it was.
@Suite struct ContentErrorTests {
    /// A way to break the fixture and the diagnostic it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var breakSite: @Sendable (SiteFixture) throws -> Void
        /// The expected `path:line: error:` prefix and a fragment of the message.
        var expected: String
        var message: String
        var testDescription: String { name }
    }

    static let position = "content/positions/acme-2023-11-key-positions.md"
    static let draft = "content/drafts/zero-draft.md"

    static let cases: [Case] = [
        Case(name: "invalid YAML", breakSite: { try $0.edit(position, replacing: "kind: briefing", with: "kind: [briefing") },
             expected: "\(position):5: error:", message: "invalid YAML"),
        Case(name: "unterminated front matter", breakSite: { try $0.edit(position, replacing: "---\n## Introduction", with: "## Introduction") },
             expected: "\(position):1: error:", message: "unterminated front matter"),
        Case(name: "missing front matter", breakSite: { try $0.write("content/stakeholders/plain.md", "Just text.\n") },
             expected: "content/stakeholders/plain.md:1: error:", message: "missing front matter"),
        Case(name: "missing required field", breakSite: { try $0.edit(position, replacing: "title: Key positions\n", with: "") },
             expected: "\(position):2: error:", message: "missing required field 'title'"),
        Case(name: "unknown stakeholder", breakSite: { try $0.edit(position, replacing: "stakeholder: acme-ngo", with: "stakeholder: acme") },
             expected: "\(position):3: error:", message: "unknown stakeholder 'acme'"),
        Case(name: "unknown draft", breakSite: { try $0.edit(position, replacing: "draft: zero-draft", with: "draft: first-draft") },
             expected: "\(position):6: error:", message: "unknown draft 'first-draft'"),
        Case(name: "unknown session", breakSite: { try $0.edit(position, replacing: "session: second-session", with: "session: third-session") },
             expected: "\(position):7: error:", message: "unknown session 'third-session'"),
        Case(name: "invalid date", breakSite: { try $0.edit(position, replacing: "date: \"2023-11\"", with: "date: \"2023-13\"") },
             expected: "\(position):4: error:", message: "invalid date '2023-13'"),
        Case(name: "invalid day", breakSite: { try $0.edit("content/sessions.yml", replacing: "start: \"2023-01-09\"", with: "start: \"2023-02-30\"") },
             expected: "content/sessions.yml:9: error:", message: "invalid date '2023-02-30'"),
        Case(name: "duplicate article", breakSite: { try $0.edit(draft, replacing: "## Article 24: Conditions", with: "## Article 1: Conditions") },
             expected: "\(draft):33: error:", message: "duplicate article: Article 1 is already on line 18"),
        Case(name: "file name that is not an id", breakSite: { try $0.write("content/stakeholders/Big Org.md", "---\nname: Big\n---\n") },
             expected: "content/stakeholders/Big Org.md: error:", message: "rename it to 'big-org.md'"),
        Case(name: "file that is not UTF-8", breakSite: { try $0.writeData("content/pages/latin.md", Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8)) },
             expected: "content/pages/latin.md:2: error:", message: "not UTF-8"),
        Case(name: "empty file", breakSite: { try $0.write("content/pages/empty.md", "") },
             expected: "content/pages/empty.md:1: error:", message: "the file is empty"),
        Case(name: "missing site.yml", breakSite: { try $0.remove("content/site.yml") },
             expected: "content/site.yml: error:", message: "missing site settings"),
        Case(name: "unknown stance value", breakSite: { try $0.edit(position, replacing: "session: second-session\n", with: "session: second-session\nstances:\n  - article: \"24\"\n    stance: maybe\n") },
             expected: "\(position):10: error:", message: "unknown stance 'maybe'"),
        Case(name: "concordance naming an unknown draft", breakSite: { try $0.write("content/concordance.yml", "provisions:\n  - articles:\n      zero-drat: \"24\"\n") },
             expected: "content/concordance.yml:3: error:", message: "unknown draft 'zero-drat' (did you mean 'zero-draft'?)"),
        Case(name: "concordance naming a missing article", breakSite: { try $0.write("content/concordance.yml", "provisions:\n  - articles:\n      zero-draft: \"99\"\n") },
             expected: "content/concordance.yml:3: error:", message: "content/drafts/zero-draft.md has no Article 99"),
        Case(name: "redirect from another host", breakSite: { try $0.write("content/redirects.yml", "\"//host/\": /drafts/\n") },
             expected: "content/redirects.yml:1: error:", message: "'//host/' starts with '//', which names another host"),
        Case(name: "redirect of the home page in disguise", breakSite: { try $0.write("content/redirects.yml", "/drafts/zero-draft/: /\n/./: /drafts/\n") },
             expected: "content/redirects.yml:2: error:", message: "'/./' (that is, '/') is still published, so it cannot redirect"),
        Case(name: "redirect from a file name", breakSite: { try $0.write("content/redirects.yml", "/oldpage: /drafts/\n") },
             expected: "content/redirects.yml:1: error:", message: "'/oldpage' does not end with '/': every page of the site is a folder; write '/oldpage/'"),
        Case(name: "redirect with a query string", breakSite: { try $0.write("content/redirects.yml", "\"/old-q/?x=1\": /drafts/\n") },
             expected: "content/redirects.yml:1: error:", message: "has a query string"),
        Case(name: "redirect onto a file the site writes", breakSite: { try $0.write("content/redirects.yml", "/feed.xml/: /drafts/\n") },
             expected: "content/redirects.yml:1: error:", message: "would put a page where the site writes /feed.xml"),
        Case(name: "redirect to another host", breakSite: { try $0.write("content/redirects.yml", "/old/: https://evil.example/\n") },
             expected: "content/redirects.yml:1: error:", message: "'https://evil.example/' is not a site address"),
        Case(name: "two spellings of one redirect", breakSite: { try $0.write("content/redirects.yml", "/old/: /drafts/\n/old//: /positions/\n") },
             expected: "content/redirects.yml:2: error:", message: "is the same address as the key on line 1"),
        Case(name: "link to a file outside the site", breakSite: { site in
                 try FileManager.default.createSymbolicLink(atPath: site.url("content/pages/secret.md").path, withDestinationPath: "/etc/hostname")
             },
             expected: "content/pages/secret.md: error:", message: "this is a symbolic link to /etc/hostname, outside the site folder"),
        Case(name: "base_url that is no address", breakSite: { try $0.edit("content/site.yml", replacing: "https://example.org/record/", with: "https://exa mple.org/") },
             expected: "content/site.yml:2: error:", message: "base_url 'https://exa mple.org/' holds a space or control character"),
        Case(name: "base_url with a query", breakSite: { try $0.edit("content/site.yml", replacing: "https://example.org/record/", with: "https://example.org/?preview=1") },
             expected: "content/site.yml:2: error:", message: "has a query string or fragment"),
        Case(name: "proposal for an anchor the draft lacks", breakSite: { try $0.edit(position, replacing: "> A quoted passage.", with: "```proposal art_24__para_9\nNew words.\n```") },
             expected: "\(position):23: error:", message: "proposed text for art_24__para_9, which Zero draft (content/drafts/zero-draft.md) does not have"),
    ]

    @Test(arguments: cases)
    func reportsTheErrorAndLeavesTheOutputUntouched(_ testCase: Case) throws {
        let site = try SiteFixture()
        _ = try site.build()
        try "kept".write(to: site.output.appendingPathComponent("marker.txt"), atomically: true, encoding: .utf8)
        let before = SiteFixture.snapshot(site.output)

        try testCase.breakSite(site)
        let report = try site.build()

        #expect(report.failed(strict: false))
        #expect(!report.published)
        let lines = report.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix(testCase.expected) && $0.contains(testCase.message) },
                "expected \(testCase.expected) … \(testCase.message), got \(lines)")
        #expect(SiteFixture.snapshot(site.output) == before, "the output folder changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func reportsEveryErrorNotOnlyTheFirst() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "stakeholder: acme-ngo", with: "stakeholder: acme")
        try site.edit(Self.draft, replacing: "## Article 24: Conditions", with: "## Article 1: Conditions")
        try site.write("content/pages/empty.md", "")
        let report = try site.build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count >= 2)
        #expect(Set(errors.map(\.path)).isSuperset(of: [Self.position, "content/pages/empty.md"]))
    }

    @Test func warningsFailTheBuildOnlyWhenStrict() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "kind: briefing", with: "kind: briefing\ntitel: typo")
        let lenient = try site.build()
        #expect(lenient.published)
        #expect(lenient.diagnostics.map(\.description).contains { $0.contains("unknown field 'titel' (did you mean 'title'?)") })
        try FileManager.default.removeItem(at: site.output)
        let strict = try site.build(strict: true)
        #expect(!strict.published)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func aMissingContentFolderIsAClearError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect {
            _ = try Travaux.build(BuildOptions(source: empty))
        } throws: { error in
            "\(error)".contains("no content folder")
        }
    }
}
