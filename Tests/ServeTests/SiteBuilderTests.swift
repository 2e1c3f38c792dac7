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
        let (memoryReport, site) = try Travaux.buildInMemory(fixture.options)
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
        let (_, site) = try Travaux.buildInMemory(fixture.options)
        let files = try #require(site).files
        let marker = Data("__travaux".utf8)
        #expect(files.values.allSatisfy { $0.range(of: marker) == nil })
        let store = SiteStore()
        store.publish(files)
        #expect(SiteResponder(store: store).reply(path: "/").body.range(of: marker) != nil)
    }
}
