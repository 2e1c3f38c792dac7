import Foundation
import Testing
@testable import TravauxKit

@Suite struct ScaffoldTests {
    /// A new site in a fresh temporary folder, removed afterwards.
    final class NewSite {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-new-\(UUID().uuidString)")
        var root: URL { parent.appendingPathComponent("site") }

        init() throws {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            _ = try Scaffold.create(ScaffoldRequest(kind: .site, name: root.path))
        }

        deinit { try? FileManager.default.removeItem(at: parent) }

        func request(_ kind: Scaffold.Kind, _ id: String) -> ScaffoldRequest {
            var request = ScaffoldRequest(kind: kind, name: id)
            request.source = root.path
            return request
        }

        func read(_ relative: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }
    }

    @Test func aNewSiteBuildsStrictlyAndPassesCheckOnTheFirstTry() throws {
        let site = try NewSite()
        let report = try Travaux.build(BuildOptions(source: site.root, strict: true))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.published)
        let check = try Travaux.check(source: site.root, strict: true)
        #expect(check.published && check.diagnostics.isEmpty, "\(check.diagnostics)")
        let workflow = try site.read(".github/workflows/travaux.yml")
        for action in ["actions/checkout@", "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@", "libcmark-gfm-extensions-dev", "check --strict"] {
            #expect(workflow.contains(action), "the workflow uses \(action)")
        }
        let settings = try site.read("content/site.yml")
        for field in ["title:", "base_url:", "language:", "description:", "instrument:", "external_instruments:", "theme:", "raw_html:"] {
            #expect(settings.contains("\n" + field), "site.yml shows \(field)")
        }
    }

    @Test func aNewSiteNeverGoesIntoAFolderThatHoldsFiles() throws {
        let site = try NewSite()
        let before = try site.read("content/site.yml")
        #expect(throws: Scaffold.ScaffoldError.self) { try Scaffold.create(ScaffoldRequest(kind: .site, name: site.root.path)) }
        #expect(Commands.new(ScaffoldRequest(kind: .site, name: site.root.path), console: .silent) == 64)
        #expect(try site.read("content/site.yml") == before, "nothing is overwritten")
    }

    @Test func createsTheFileOfItsKindAndRefusesToOverwriteOne() throws {
        let site = try NewSite()
        let path = try Scaffold.create(.draft, id: "zero-draft", in: site.root)
        #expect(path == "content/drafts/zero-draft.md")
        let text = try site.read(path)
        #expect(text.hasPrefix("---\ntitle: \"Zero draft\"\n"))
        #expect(text.contains("## Article 1."))
        #expect(throws: Scaffold.ScaffoldError.self) { try Scaffold.create(.draft, id: "zero-draft", in: site.root) }
        #expect(try site.read(path) == text, "the existing file is kept")
    }

    @Test func scaffoldedDocumentsBuildStrictlyAndTwoDraftsDoNotCollide() throws {
        let site = try NewSite()
        var draft = site.request(.draft, "second-draft")
        draft.date = "2024-03"
        _ = try Scaffold.create(draft)
        var third = site.request(.draft, "third-draft")
        third.date = "2024-03"
        _ = try Scaffold.create(third)
        var position = site.request(.position, "example-state-second-draft")
        position.stakeholders = ["example-state"]
        position.draft = "second-draft"
        position.date = "2024-04"
        _ = try Scaffold.create(position)
        var stakeholder = site.request(.stakeholder, "icc")
        stakeholder.title = "International Chamber of Commerce"
        _ = try Scaffold.create(stakeholder)
        _ = try Scaffold.create(site.request(.page, "method"))
        let report = try Travaux.build(BuildOptions(source: site.root, strict: true))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.read("content/drafts/third-draft.md").contains("title: \"Third draft\""))
        #expect(try site.read("content/stakeholders/icc.md").contains("name: \"International Chamber of Commerce\""))
    }

    @Test func aPositionNeedsAStakeholderAndADraftTheSiteHas() throws {
        let site = try NewSite()
        let missing = site.request(.position, "statement")
        #expect(Commands.new(missing, console: .silent) == 64)
        var unknown = site.request(.position, "statement")
        unknown.stakeholders = ["exmple-state"]
        #expect(throws: Scaffold.ScaffoldError.self) { try Scaffold.create(unknown) }
        do {
            _ = try Scaffold.create(unknown)
        } catch {
            #expect("\(error)".contains("did you mean 'example-state'?"))
        }
        var badDraft = site.request(.position, "statement")
        badDraft.stakeholders = ["example-state"]
        badDraft.draft = "zero-draft"
        #expect(Commands.new(badDraft, console: .silent) == 64)
        var badDate = site.request(.draft, "d")
        badDate.date = "2024-13"
        #expect(Commands.new(badDate, console: .silent) == 64)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/positions/statement.md").path))
    }

    @Test func aDocumentNeedsASite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-none-\(UUID().uuidString)")
        var request = ScaffoldRequest(kind: .stakeholder, name: "icc")
        request.source = folder.path
        #expect(Commands.new(request, console: .silent) == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.path), "nothing is written outside a site")
    }

    @Test func acceptsOnlyIds() {
        #expect(Scaffold.isValidID("icc-2023"))
        #expect(!Scaffold.isValidID("ICC 2023"))
    }
}

extension Console {
    /// A console that prints nothing.
    static var silent: Console { Console(out: { _ in }, error: { _ in }, isTerminal: false) }
}
