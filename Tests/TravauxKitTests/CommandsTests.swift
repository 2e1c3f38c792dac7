import Corpus
import Foundation
import Testing
@testable import TravauxKit

/// The command line's behaviour through ``Commands``: diagnostics formats, `--base-url`,
/// unpublished documents.
@Suite struct CommandsTests {
    /// Lines a command printed.
    final class Printed: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        var all: [String] { lock.withLock { lines } }
        var console: Console {
            Console(out: { line in self.lock.withLock { self.lines.append(line) } }, error: { line in self.lock.withLock { self.lines.append(line) } }, isTerminal: false)
        }
    }

    func request(_ site: SiteFixture) -> BuildRequest {
        var request = BuildRequest()
        request.source = site.root.path
        return request
    }

    @Test func onGitHubActionsProblemsAreAnnotationsOnTheLinesAtFault() throws {
        let site = try SiteFixture()
        try site.write("content/positions/broken.md", "---\ntitle: Broken\nstakeholder: acme-ngo\ndate: \"2023-12\"\nkind: nonsense\n---\nText.\n")
        let printed = Printed()
        let environment = ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": site.root.deletingLastPathComponent().path]
        let status = Commands.build(request(site), environment: environment, console: printed.console)
        #expect(status == 1)
        let folder = site.root.lastPathComponent
        #expect(printed.all.contains { $0.hasPrefix("::error file=\(folder)/content/positions/broken.md,line=5::unknown kind 'nonsense'") }, "\(printed.all)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "the output folder is untouched")

        let plain = Printed()
        var forced = request(site)
        forced.diagnostics = .plain
        _ = Commands.build(forced, environment: environment, console: plain.console)
        #expect(plain.all.contains { $0.hasPrefix("content/positions/broken.md:5: error: unknown kind") })
    }

    @Test func theBaseURLFlagChangesEveryCanonicalAddress() throws {
        let site = try SiteFixture()
        var request = request(site)
        request.baseURL = "https://preview.example.net/pr-14"
        #expect(Commands.build(request, environment: ["TRAVAUX_BASE_URL": "https://env.example.net/"], console: Printed().console) == 0)
        var pages = 0
        for case let file as String in FileManager.default.enumerator(atPath: site.output.path)! where file.hasSuffix("index.html") {
            let html = try String(contentsOf: site.output.appendingPathComponent(file), encoding: .utf8)
            guard let range = html.range(of: "<link rel=\"canonical\" href=\"") else { continue }
            pages += 1
            #expect(html[range.upperBound...].hasPrefix("https://preview.example.net/pr-14/"), "\(file)")
            #expect(!html.contains("https://example.org/record/"), "\(file) still names site.yml's address")
        }
        #expect(pages > 10)
        for file in ["sitemap.xml", "feed.xml", "data/corpus.json"] {
            let text = try String(contentsOf: site.output.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("https://preview.example.net/pr-14/") && !text.contains("https://example.org/record/"), "\(file)")
        }
    }

    @Test func theFlagWinsOverTheEnvironmentWhichWinsOverSiteSettings() throws {
        #expect(try BaseURLOption.resolve(flag: "https://a.example/", environment: ["TRAVAUX_BASE_URL": "https://b.example/"]) == "https://a.example/")
        #expect(try BaseURLOption.resolve(flag: nil, environment: ["TRAVAUX_BASE_URL": "https://b.example/"]) == "https://b.example/")
        #expect(try BaseURLOption.resolve(flag: nil, environment: ["TRAVAUX_BASE_URL": ""]) == nil)
        #expect(try BaseURLOption.resolve(flag: nil, environment: [:]) == nil)
        #expect(throws: UsageError.self) { try BaseURLOption.resolve(flag: "example.org", environment: [:]) }
        #expect(throws: UsageError.self) { try BaseURLOption.resolve(flag: nil, environment: ["TRAVAUX_BASE_URL": "https://x/?q=1"]) }
    }

    @Test func aBadBaseURLIsABadArgumentAndNothingIsBuilt() throws {
        let site = try SiteFixture()
        let printed = Printed()
        var request = request(site)
        request.baseURL = "ftp://example.org/"
        #expect(Commands.build(request, environment: [:], console: printed.console) == 64)
        #expect(printed.all.contains { $0.contains("--base-url 'ftp://example.org/'") })
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func theBuildsDayComesFromSourceDateEpochOrTheClock() throws {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14
        #expect(try BuildRequest.today(environment: [:], now: now) == PartialDate("2023-11-14"))
        #expect(try BuildRequest.today(environment: ["SOURCE_DATE_EPOCH": "0"], now: now) == PartialDate("1970-01-01"))
        #expect(throws: UsageError.self) { try BuildRequest.today(environment: ["SOURCE_DATE_EPOCH": "soon"], now: now) }
    }

    @Test func unpublishedAndFutureDocumentsStayOutUnlessIncluded() throws {
        let site = try SiteFixture()
        try site.write("content/pages/secret.md", "---\ntitle: Secret\npublished: false\n---\nNot yet.\n")
        try site.write("content/positions/acme-2030-future.md", "---\ntitle: Later\nstakeholder: acme-ngo\ndate: \"2030-01\"\nkind: statement\n---\nOn Article 24.\n")
        let today = PartialDate("2024-06-01")!
        let report = try Travaux.build(BuildOptions(source: site.root, publication: Publication(today: today)))
        #expect(report.published && report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pages/secret").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("positions/acme-2030-future").path))
        #expect(report.notes.contains { $0.contains("content/pages/secret.md (published: false)") })
        #expect(report.notes.contains { $0.contains("content/positions/acme-2030-future.md (dated 2030-01") })
        let lock = try site.read("content/anchors.lock")
        #expect(!lock.contains("secret") && !lock.contains("acme-2030-future"))

        let preview = try Travaux.build(BuildOptions(source: site.root, publication: Publication(today: today, includeUnpublished: true)))
        #expect(preview.published)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pages/secret/index.html").path))
        #expect(try site.read("content/anchors.lock") == lock, "a preview never records addresses")
    }

    @Test func referencesToAnUnpublishedDraftNeverBecomeBrokenLinks() throws {
        let site = try SiteFixture()
        let draft = try site.read("content/drafts/updated-cnd.md")
        try site.write("content/drafts/updated-cnd.md", draft.replacingOccurrences(of: "date: \"2023-01\"", with: "date: \"2023-01\"\npublished: false"))
        try site.write("content/positions/acme-on-the-cnd.md", "---\ntitle: On the CND\nstakeholder: acme-ngo\ndate: \"2023-02\"\nkind: statement\ndraft: updated-cnd\n---\nOn Article 24.\n")
        try site.write("content/pages/notes.md", "---\ntitle: Notes\n---\nSee [the safeguards](../drafts/updated-cnd.md#art_24).\n")
        let report = try Travaux.build(BuildOptions(source: site.root))
        #expect(report.published, "\(report.diagnostics)")
        #expect(report.notes.contains { $0.contains("content/positions/acme-on-the-cnd.md (it cites the draft 'updated-cnd', which is not published)") })
        #expect(report.diagnostics.map(\.description) == ["content/pages/notes.md:4: warning: link 'the safeguards' points at drafts/updated-cnd.md, which is not published; it stays plain text until the draft is published"])
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("drafts/updated-cnd").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("positions/acme-on-the-cnd").path))
        let notes = try site.html("pages/notes/index.html")
        #expect(notes.contains("the safeguards") && !notes.contains("updated-cnd"))
    }
}
