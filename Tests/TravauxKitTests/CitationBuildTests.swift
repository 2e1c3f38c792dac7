import Foundation
import Testing
@testable import TravauxKit

/// References, backlinks, stances and `travaux check`, end to end on the fixture site.
@Suite struct CitationBuildTests {
    static let position = "content/positions/acme-2023-11-key-positions.md"

    @Test func positionReferencesLinkToTheCitedDraft() throws {
        let site = try SiteFixture()
        _ = try site.build(strict: true)
        let html = try site.html("positions/acme-2023-11-key-positions/index.html")
        #expect(html.contains("<a href=\"../../drafts/zero-draft/index.html#art_24\" class=\"ref\" title=\"Zero draft, art. 24\">Article 24</a>"))
        #expect(html.contains("<a href=\"../../drafts/zero-draft/index.html#art_24__para_2\" class=\"ref\" title=\"Zero draft, art. 24(2)\">Article 24(2)</a>"))
    }

    @Test func draftArticlesListThePassagesCitingThem() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let html = try site.html("drafts/zero-draft/index.html")
        let article = try #require(html.range(of: "<section class=\"article\" id=\"art_24\">"))
        let rest = html[article.upperBound...]
        #expect(rest.contains("<summary>Cited in 1 passage</summary>"))
        #expect(rest.contains("<a href=\"../../positions/acme-2023-11-key-positions/index.html#p_2\">ACME, <cite>Key positions</cite>, November 2023, ¶2</a>"))
        #expect(rest.contains("We welcome <mark>Article 24</mark> and the safeguards of <mark>Article 24(2)</mark>."))
    }

    @Test func aReferenceToAnUnknownArticleFailsTheBuild() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "We welcome Article 24", with: "We welcome Article 99")
        let report = try site.build()
        #expect(!report.published)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("\(Self.position):14: error: 'Article 99': Article 99 is not in Zero draft") })
    }

    @Test func aMissingParagraphIsAWarningAndAnErrorWhenStrict() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "safeguards of Article 24(2)", with: "safeguards of Article 24(7)")
        let lenient = try site.build()
        #expect(lenient.published)
        #expect(lenient.diagnostics.map(\.description).contains { $0.contains(":14: warning: 'Article 24(7)'") })
        let strict = try site.build(strict: true)
        #expect(!strict.published)
    }

    @Test func aStanceOnAnUnknownArticleIsAnError() throws {
        let site = try SiteFixture()
        try site.edit(Self.position, replacing: "session: second-session\n", with: "session: second-session\nstances:\n  - article: \"24\"\n    stance: amend\n  - article: \"77\"\n    stance: delete\n")
        let report = try site.build()
        #expect(!report.published)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(Self.position):11: error: stance on Article 77") })
        #expect(!messages.contains { $0.contains("stance on Article 24") })
    }

    @Test func checkPassesOnAGoodSiteWithoutTouchingIt() throws {
        let site = try SiteFixture()
        let report = try Travaux.check(source: site.root, strict: true)
        #expect(report.published)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "check builds elsewhere")
        #expect(!FileManager.default.fileExists(atPath: site.url("content/anchors.lock").path), "check does not write the lock")
    }

    @Test func checkFindsABrokenLinkOrFragmentInTheOutput() throws {
        let site = try SiteFixture()
        try site.write("templates/page.mustache", "<h1>{{title}}</h1>{{{body}}}<a href=\"../../drafts/zero-draft/index.html#art_99\">x</a><a href=\"../../nowhere/index.html\">y</a>")
        let report = try Travaux.check(source: site.root, strict: false)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("public/pages/about/index.html:") && $0.contains("names #art_99, which drafts/zero-draft/index.html does not have") })
        #expect(messages.contains { $0.contains("leads to nowhere/index.html, which the site does not have") })
    }
}
