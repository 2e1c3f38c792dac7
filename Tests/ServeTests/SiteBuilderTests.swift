import Diagnostics
import Foundation
import Synchronization
import Testing
import TravauxKit
@testable import Serve

@Suite struct SiteBuilderTests {
    /// A builder for `fixture` that collects what it prints.
    final class Printed: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }

        func builder(_ fixture: ServeFixture, store: SiteStore) -> SiteBuilder {
            SiteBuilder(
                options: fixture.options, store: store,
                printer: { report in self.lines.withLock { $0 += report.diagnostics.map { DiagnosticFormat.plain.line($0) } } },
                say: { line in self.lines.withLock { $0.append(line) } }
            )
        }
    }

    /// The site built into memory is the site `build` writes, byte for byte.
    func expectInMemoryBuildEqualsBuildOnDisk(_ fixture: ServeFixture) throws {
        let (memoryReport, site, _) = try Travaux.buildInMemory(fixture.options)
        #expect(memoryReport.diagnostics.isEmpty, "\(memoryReport.diagnostics)")
        let memory = try #require(site).files
        var options = fixture.options
        options.output = fixture.parent.appendingPathComponent("public")
        options.updateLock = false
        let diskReport = try Travaux.build(options)
        #expect(diskReport.published)
        let disk = ServeFixture.files(in: options.output)
        #expect(memory.count == disk.count)
        #expect(memoryReport.files == diskReport.files)
        #expect(Set(memory.keys) == Set(disk.keys))
        let different = memory.keys.filter { memory[$0] != disk[$0] }.sorted()
        #expect(different.isEmpty, "differ: \(different.prefix(5))")
        #expect(memory["search/docs-0.json.gz"] != nil || memory.keys.contains { $0.hasPrefix("search/") && $0.hasSuffix(".json.gz") })
    }

    @Test func theInMemoryBuildOfANewSiteIsByteIdenticalToBuild() throws {
        try expectInMemoryBuildEqualsBuildOnDisk(try ServeFixture())
    }

    @Test func theInMemoryBuildOfTheRepositorySiteIsByteIdenticalToBuild() throws {
        try expectInMemoryBuildEqualsBuildOnDisk(try ServeFixture(repository: ()))
    }

    @Test func buildingForServeNeverWritesInTheSiteFolder() throws {
        let fixture = try ServeFixture()
        // A new address the lock lacks: `build` would record it; serve must not.
        try fixture.write("content/pages/extra.md", "---\ntitle: Extra\n---\n\n# Extra\n\nText.\n")
        let before = ServeFixture.snapshot(fixture.parent)
        let store = SiteStore()
        let printed = Printed()
        #expect(printed.builder(fixture, store: store).build())
        #expect(ServeFixture.snapshot(fixture.parent) == before, "nothing written, not even content/anchors.lock")
        #expect(store.file("pages/extra/index.html") != nil)
    }

    @Test func aBrokenFileKeepsTheLastGoodSiteAndReportsItsProblem() throws {
        let fixture = try ServeFixture()
        let store = SiteStore()
        let printed = Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        let home = try #require(store.file("index.html"))
        let position = try fixture.firstFile(in: "content/positions")
        let good = try fixture.read(position)
        try fixture.write(position, "---\ntitle: [unclosed <b>\n---\n")
        #expect(!builder.build(after: [position]))
        let status = store.status
        #expect(status.generation == 1)
        #expect(status.problems.contains { $0.path == position && $0.line == 2 })
        #expect(store.file("index.html") == home, "the last good site stays served")
        let printedProblem = printed.all.first { $0.hasPrefix("\(position):2: error:") }
        #expect(printedProblem != nil, "printed as build prints it: \(printed.all)")
        #expect(printed.all.contains { $0.contains("still serving the last good site") })
        // Fixing it clears the problems and moves to the next generation (the pages reload).
        try fixture.write(position, good)
        #expect(builder.build(after: [position]))
        #expect(store.status == SiteStore.Status(generation: 2, problems: [], hasSite: true))
    }

    @Test func aFirstBuildWithErrorsServesTheProblemsUntilFixed() throws {
        let fixture = try ServeFixture()
        let settings = try fixture.read("content/site.yml")
        try fixture.write("content/site.yml", "title: [\n")
        let store = SiteStore()
        let builder = Printed().builder(fixture, store: store)
        #expect(!builder.build())
        #expect(!store.status.hasSite)
        #expect(SiteResponder(store: store).reply(path: "/").status == 503)
        try fixture.write("content/site.yml", settings)
        #expect(builder.build())
        #expect(SiteResponder(store: store).reply(path: "/").status == 200)
    }

    @Test func theBuildOutputNeverHoldsTheReloadScript() throws {
        let fixture = try ServeFixture()
        let site = try Travaux.buildInMemory(fixture.options).site
        let files = try #require(site).files
        let marker = Data("__travaux".utf8)
        #expect(files.values.allSatisfy { $0.range(of: marker) == nil })
        let store = SiteStore()
        store.publish(files)
        #expect(SiteResponder(store: store).reply(path: "/").body.range(of: marker) != nil)
    }

    /// The site the builder serves is the site a clean build of the folder as it is now gives.
    func expectServedEqualsCleanBuild(_ store: SiteStore, _ fixture: ServeFixture, _ step: String) throws {
        let clean = try #require(try Travaux.buildInMemory(fixture.options).site).files
        var served: [String: Data] = [:]
        for path in clean.keys { served[path] = store.file(path) }
        let different = clean.keys.filter { served[$0] != clean[$0] }.sorted()
        #expect(different.isEmpty, "after \(step), differ: \(different.prefix(5))")
    }

    @Test func aChangeToTheThemeAloneRendersAgainWhatACleanBuildGives() throws {
        let fixture = try ServeFixture()
        let store = SiteStore()
        let printed = Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        let notFound = try String(contentsOf: ServeFixture.repository.appendingPathComponent("themes/default/templates/not-found.mustache"), encoding: .utf8)
        try fixture.write("templates/not-found.mustache", notFound.replacingOccurrences(of: "{{t.page_not_found}}", with: "Nothing here"))
        try fixture.write("themes/default/assets/style.css", "body { color: teal; }\n")
        #expect(builder.build(after: ["templates/not-found.mustache", "themes/default/assets/style.css"]))
        #expect(printed.all.last?.hasPrefix("travaux: rendered the pages again") == true, "\(printed.all)")
        #expect(store.file("404.html").map { String(decoding: $0, as: UTF8.self).contains("Nothing here") } == true)
        #expect(store.file("assets/style.css") == Data("body { color: teal; }\n".utf8))
        try expectServedEqualsCleanBuild(store, fixture, "a change to the theme")

        // A content change after it rebuilds what it touches, with the new theme.
        let position = try fixture.firstFile(in: "content/positions")
        try fixture.write(position, try fixture.read(position) + "\nAn added paragraph.\n")
        #expect(builder.build(after: [position]))
        #expect(printed.all.last?.hasPrefix("travaux: rebuilt") == true, "\(printed.all)")
        try expectServedEqualsCleanBuild(store, fixture, "a change to a position")
        // And a theme change after that one renders the new content again.
        try fixture.write("themes/default/assets/style.css", "body { color: navy; }\n")
        #expect(builder.build(after: ["themes/default/assets/style.css"]))
        #expect(printed.all.last?.hasPrefix("travaux: rendered the pages again") == true)
        try expectServedEqualsCleanBuild(store, fixture, "a second change to the theme")
    }

    @Test func aBrokenTemplateKeepsTheLastGoodSiteAndItsFixRendersAgain() throws {
        let fixture = try ServeFixture()
        let store = SiteStore()
        let printed = Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        try fixture.write("templates/not-found.mustache", "{{#unclosed}}\n")
        #expect(!builder.build(after: ["templates/not-found.mustache"]))
        #expect(!store.status.problems.isEmpty)
        #expect(store.file("404.html") != nil)
        try FileManager.default.removeItem(at: fixture.url("templates/not-found.mustache"))
        #expect(builder.build(after: ["templates/not-found.mustache"]))
        #expect(store.status.problems.isEmpty)
        try expectServedEqualsCleanBuild(store, fixture, "fixing the template")
    }

    @Test func aChangeToAPositionRendersAgainOnlyWhatItTouches() throws {
        let fixture = try ServeFixture(repository: ())
        let store = SiteStore()
        let printed = Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        let position = try fixture.firstFile(in: "content/positions")
        try fixture.write(position, try fixture.read(position) + "\nAn added paragraph.\n")
        #expect(builder.build(after: [position]))
        let line = try #require(printed.all.last)
        // "travaux: rebuilt 40 of 131 files (and the search index) in 0.05 s after a change to ..."
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        #expect(line.hasPrefix("travaux: rebuilt") && line.hasSuffix("after a change to \(position)"), "\(line)")
        #expect(numbers.count == 2 && numbers[0] < numbers[1], "\(line)")
        try expectServedEqualsCleanBuild(store, fixture, "a change to a position")
        // The site's settings: the whole build.
        try fixture.write("content/site.yml", try fixture.read("content/site.yml").replacingOccurrences(of: "title: \"Travaux:", with: "title: \"New:"))
        #expect(builder.build(after: ["content/site.yml"]))
        #expect(printed.all.last?.hasPrefix("travaux: built") == true, "\(printed.all.suffix(2))")
        try expectServedEqualsCleanBuild(store, fixture, "a change to site.yml")
        // After a failed build, a full build again; then incremental builds again.
        let good = try fixture.read(position)
        try fixture.write(position, "---\ntitle: [unclosed\n---\n")
        #expect(!builder.build(after: [position]))
        try fixture.write(position, good)
        #expect(builder.build(after: [position]))
        #expect(printed.all.last?.hasPrefix("travaux: built") == true, "\(printed.all.suffix(2))")
        try fixture.write(position, good + "\nOne more.\n")
        #expect(builder.build(after: [position]))
        #expect(printed.all.last?.hasPrefix("travaux: rebuilt") == true, "\(printed.all.suffix(2))")
        try expectServedEqualsCleanBuild(store, fixture, "a fix, then a change")
    }

    @Test func onlyPositionsStakeholdersAndDraftsTakeTheIncrementalPath() {
        #expect(ContentChanges(paths: ["content/positions/a.md", "content/positions/a.fr.md", "content/stakeholders/b.md"])
            == { var changes = ContentChanges(paths: ["content/positions/a.md"])!; changes.stakeholders = ["b"]; return changes }())
        #expect(ContentChanges(paths: ["content/positions/a.md"])?.positions == ["a"])
        #expect(ContentChanges(paths: ["content/drafts/d.md", "content/drafts/d.fr.md"])?.drafts == ["d"])
        #expect(ContentChanges(paths: ["content/drafts/sub/d.md"]) == nil)
        #expect(ContentChanges(paths: ["content/pages/about.md"]) == nil)
        #expect(ContentChanges(paths: ["content/positions/a.md", "content/site.yml"]) == nil)
        #expect(ContentChanges(paths: ["content/sessions.yml"]) == nil)
        #expect(ContentChanges(paths: ["content/positions/sub/a.md"]) == nil)
        #expect(ContentChanges(paths: ["content/positions/A.md"]) == nil)
        // A tool's temporary file beside them is no document (the load stage reads .md files only).
        #expect(ContentChanges(paths: ["content/positions/a.md", "content/positions/sedX1b2c3"])?.positions == ["a"])
        #expect(ContentChanges(paths: ["content/positions/notes/a.md"]) == nil)
        #expect(ContentChanges(paths: ["content/drafts/d.md", "content/drafts/sedX1b2c3"])?.drafts == ["d"])
        #expect(ContentChanges(paths: ["(overflow)"]) == nil)
        #expect(ContentChanges(paths: []) == nil)
    }

    @Test func onlyChangesInTheThemeOrTheTemplatesAloneSkipTheContent() {
        #expect(SiteBuilder.touchTheThemeAlone(["themes/default/assets/style.css", "templates/page.mustache"]))
        #expect(SiteBuilder.touchTheThemeAlone(["themes"]))
        #expect(SiteBuilder.touchTheThemeAlone(["i18n/fr.yml", "themes/default/i18n/fr.yml"]))
        #expect(!SiteBuilder.touchTheThemeAlone(["themes/a.css", "content/site.yml"]))
        #expect(!SiteBuilder.touchTheThemeAlone(["themesx/a.css"]))
        #expect(!SiteBuilder.touchTheThemeAlone(["(overflow)"]))
        #expect(!SiteBuilder.touchTheThemeAlone([]))
    }

    @Test func aSeriesOfEditsServesWhatACleanBuildGivesAfterEach() throws {
        let fixture = try ServeFixture()
        let store = SiteStore()
        let printed = Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        func scaffold(_ kind: Scaffold.Kind, _ id: String, stakeholders: [String] = [], draft: String? = nil) throws -> String {
            var request = ScaffoldRequest(kind: kind, name: id)
            request.source = fixture.root.path
            request.stakeholders = stakeholders
            request.draft = draft
            request.now = Date(timeIntervalSince1970: 1_735_689_600)
            return try #require(try Scaffold.create(request).first)
        }
        func step(_ name: String, _ changed: String, _ edit: () throws -> Void) throws {
            try edit()
            #expect(builder.build(after: [changed]), "\(name): \(printed.all.suffix(3))")
            try expectServedEqualsCleanBuild(store, fixture, name)
        }
        let position = "content/positions/other-org-note.md"
        let renamed = "content/positions/other-org-statement.md"
        try step("adding a stakeholder", "content/stakeholders/other-org.md") { _ = try scaffold(.stakeholder, "other-org") }
        try step("adding a position", position) { _ = try scaffold(.position, "other-org-note", stakeholders: ["other-org"], draft: "first-draft") }
        try step("changing a position", position) {
            try fixture.write(position, try fixture.read(position) + "\nArticle 2 goes too far.\n")
        }
        try step("renaming a position", renamed) {
            try FileManager.default.moveItem(at: fixture.url(position), to: fixture.url(renamed))
        }
        try step("adding a draft", "content/drafts/second-draft.md") { _ = try scaffold(.draft, "second-draft") }
        try step("changing the theme", "themes/default/assets/style.css") {
            try fixture.write("themes/default/assets/style.css", "body { color: teal; }\n")
        }
        #expect(printed.all.last?.hasPrefix("travaux: rendered the pages again") == true)
        try step("deleting a position", renamed) { try FileManager.default.removeItem(at: fixture.url(renamed)) }
        try step("deleting a draft", "content/drafts/second-draft.md") {
            try FileManager.default.removeItem(at: fixture.url("content/drafts/second-draft.md"))
        }
        try step("deleting a stakeholder", "content/stakeholders/other-org.md") {
            try FileManager.default.removeItem(at: fixture.url("content/stakeholders/other-org.md"))
        }
        #expect(store.file("positions/other-org-note/index.html") == nil)
        #expect(store.file("stakeholders/other-org/index.html") == nil)
    }
}
