import Foundation
import Testing
@testable import TravauxKit

/// The lock and redirects end to end: a published anchor cannot silently disappear.
@Suite struct AnchorLockTests {
    static let draft = "content/drafts/zero-draft.md"

    @Test func theFirstBuildWritesTheLockWithEveryPublishedAnchor() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let lock = try site.read("content/anchors.lock").split(separator: "\n").map(String.init)
        #expect(lock.contains("/drafts/zero-draft/#art_24__para_2__point_b"))
        #expect(lock.contains("/positions/acme-2023-11-key-positions/#p_3"))
        #expect(lock.contains("/stakeholders/acme-ngo/"))
        let addresses = lock.filter { !$0.hasPrefix("#") }
        #expect(addresses == addresses.sorted())
    }

    @Test func droppingAPublishedAnchorFailsAndNamesIt() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let before = SiteFixture.snapshot(site.output)
        try site.edit(Self.draft, replacing: "## Article 4 bis. Scope", with: "## Article 5. Scope")
        let report = try site.build()
        #expect(!report.published)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("content/anchors.lock:") && $0.contains("'/drafts/zero-draft/#art_4bis' is gone") && $0.contains("content/redirects.yml") })
        #expect(SiteFixture.snapshot(site.output) == before)
    }

    @Test func aRedirectKeepsTheOldAnchorWorking() throws {
        let site = try SiteFixture()
        _ = try site.build()
        try site.edit(Self.draft, replacing: "## Article 4 bis. Scope", with: "## Article 5. Scope")
        try site.write("content/redirects.yml", """
        /drafts/zero-draft/#art_4bis: /drafts/zero-draft/#art_5
        /drafts/zero-draft/#art_4bis__point_a: /drafts/zero-draft/#art_5__point_a
        /drafts/zero-draft/#art_4bis__point_b: /drafts/zero-draft/#art_5__point_b
        """)
        let report = try site.build(strict: true)
        #expect(report.published, "\(report.diagnostics)")
        let html = try site.html("drafts/zero-draft/index.html")
        #expect(html.contains("\"art_4bis\":\"#art_5\""))
        #expect(try site.read("content/anchors.lock").contains("/drafts/zero-draft/#art_4bis\n"), "the old anchor stays locked")
    }

    @Test func aMovedPageGetsARedirectPage() throws {
        let site = try SiteFixture()
        _ = try site.build()
        try FileManager.default.moveItem(at: site.url("content/pages/about.md"), to: site.url("content/pages/about-the-record.md"))
        try site.write("content/redirects.yml", "/pages/about/: /pages/about-the-record/\n")
        let report = try site.build(strict: true)
        #expect(report.published, "\(report.diagnostics)")
        let redirect = try site.html("pages/about/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../pages/about-the-record/index.html\">"))
        #expect(redirect.contains("location.replace(\"../../pages/about-the-record/index.html\"+location.hash)"))
    }
}
