import Foundation
import Testing
@testable import Corpus

/// Where files may be read from: the site folder and `content/`, links resolved.
@Suite struct SiteBoundaryTests {
    @Test func aFileInsideTheSiteIsInside() throws {
        let site = try TemporarySite()
        try site.write("content/pages/about.md", "x")
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/about.md")) == nil)
    }

    @Test func aLinkToAFileInsideTheSiteIsInside() throws {
        let site = try TemporarySite()
        try site.write("shared/about.md", "x")
        try site.link("content/pages/about.md", to: site.url("shared/about.md"))
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/about.md")) == nil)
    }

    @Test func aLinkOutOfTheSiteIsOutsideAndSaysWhereItLeads() throws {
        let site = try TemporarySite()
        let secret = try site.writeOutside("outside/secret.txt", "key")
        try site.link("content/pages/secret.md", to: secret)
        let target = try #require(SiteBoundary.resolved(secret.path))
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/secret.md")) == target)
    }

    @Test func aFolderBesideTheSiteWhoseNameStartsLikeTheSitesIsOutside() throws {
        let site = try TemporarySite()
        // `site-private/` starts with the text of `site`, but is not inside it.
        let key = try site.writeOutside("site-private/key.md", "key")
        try site.link("content/pages/key.md", to: key)
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/key.md")) != nil)
    }

    @Test func aContentFolderLinkedFromElsewhereIsInside() throws {
        let site = try TemporarySite(settings: nil, content: false)
        let elsewhere = try site.writeOutside("shared-content/pages/about.md", "x").deletingLastPathComponent().deletingLastPathComponent()
        try site.link("content", to: elsewhere)
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/about.md")) == nil)
    }

    @Test func aFileThatDoesNotExistIsLeftToTheReader() throws {
        let site = try TemporarySite()
        #expect(SiteBoundary(site: site.root).outside(site.url("content/pages/missing.md")) == nil)
    }

    @Test func theLoaderRefusesAFileOrFolderLinkedOutOfTheSite() throws {
        let site = try TemporarySite()
        let secret = try site.writeOutside("outside/secret.md", "---\ntitle: Secret\n---\n")
        try site.link("content/pages", to: secret.deletingLastPathComponent())
        try site.link("content/anchors.lock", to: site.writeOutside("outside/anchors.lock", "/pages/secret/\n"))
        let result = try site.load()
        let folder = try #require(SiteBoundary.resolved(secret.deletingLastPathComponent().path))
        #expect(result.diagnostics.map(\.description) == [
            "content/anchors.lock: error: \(SiteBoundary.message(target: folder + "/anchors.lock"))",
            "content/pages: error: \(SiteBoundary.message(target: folder))",
        ])
        #expect(result.corpus?.pages.isEmpty == true)
        #expect(result.corpus?.anchorLock.isEmpty == true)
        #expect(SiteBoundary.message(target: "/etc/passwd").hasPrefix("this is a symbolic link to /etc/passwd, outside the site folder"))
    }
}
