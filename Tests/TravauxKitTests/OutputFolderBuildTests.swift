import Foundation
import Output
import Testing
@testable import TravauxKit

/// `--output` can never replace the sources: the site folder, a folder holding it, and
/// content/ are refused with exit status 64 before anything is read, written or moved.
@Suite struct OutputFolderBuildTests {
    /// The fixture site in `<parent>/site`, beside a file of another project.
    final class NestedSite {
        let parent: URL
        let site: URL

        init() throws {
            let fixture = try SiteFixture()
            parent = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-nested-\(UUID().uuidString)")
            site = parent.appendingPathComponent("site")
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixture.root, to: site)
            try "another project".write(to: parent.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(at: parent) }
    }

    @Test(arguments: [".", "..", "content", "content/drafts", "public/../content", "./content/../.."])
    func anOutputOverTheSourcesIsRefusedAndNothingChanges(_ output: String) throws {
        let nested = try NestedSite()
        let before = SiteFixture.snapshot(nested.parent)
        let options = BuildOptions(source: nested.site, output: URL(fileURLWithPath: nested.site.path + "/" + output), force: true)
        #expect {
            _ = try Travaux.build(options)
        } throws: { error in
            Travaux.exitStatus(for: error) == 64 && "\(error)".contains("refusing to publish into this folder")
        }
        #expect(SiteFixture.snapshot(nested.parent) == before, "a file changed")
        let entries = try FileManager.default.contentsOfDirectory(atPath: nested.parent.path).sorted()
        #expect(entries == ["notes.txt", "site"])
    }

    @Test func aFolderOfOtherFilesIsRefusedUntilForced() throws {
        let nested = try NestedSite()
        let other = nested.parent.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "mine".write(to: other.appendingPathComponent("cv.pdf"), atomically: true, encoding: .utf8)
        #expect {
            _ = try Travaux.build(BuildOptions(source: nested.site, output: other))
        } throws: { error in
            Travaux.exitStatus(for: error) == 64 && "\(error)".contains("holds files that travaux did not write (cv.pdf)")
        }
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("cv.pdf").path))
        let report = try Travaux.build(BuildOptions(source: nested.site, output: other, force: true))
        #expect(report.published)
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("index.html").path))
        // Its own output is replaced from then on, without --force.
        #expect(try Travaux.build(BuildOptions(source: nested.site, output: other)).published)
    }

    @Test func theDefaultOutputAndAFolderBesideTheSiteWork() throws {
        let nested = try NestedSite()
        #expect(try Travaux.build(BuildOptions(source: nested.site)).published)
        #expect(try Travaux.build(BuildOptions(source: nested.site, output: nested.parent.appendingPathComponent("out"))).published)
    }

    @Test func aHostileRedirectIsADiagnosticInCheckToo() throws {
        let site = try SiteFixture()
        try site.write("content/redirects.yml", "\"//host/\": /\n")
        let report = try Travaux.check(source: site.root, strict: false)
        #expect(!report.published)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("content/redirects.yml:1: error: '//host/'") })
    }

    @Test func aBuildKilledMidwayLeavesNothingTheNextBuildKeeps() throws {
        let site = try SiteFixture()
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let leftover = site.root.appendingPathComponent(".public.staging-\(ended.processIdentifier)")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        _ = try site.build()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }
}
