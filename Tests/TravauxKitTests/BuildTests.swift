import Foundation
import Testing
@testable import TravauxKit

@Suite struct BuildTests {
    @Test func buildsEveryPageOfTheFixtureSite() throws {
        let site = try SiteFixture()
        let report = try site.build(strict: true)
        #expect(report.published)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = Set(SiteFixture.snapshot(site.output).keys)
        for page in [
            "index.html", "404.html", "sitemap.xml", "feed.xml", "assets/style.css", "assets/print.css",
            "drafts/index.html", "drafts/zero-draft/index.html", "drafts/updated-cnd/index.html",
            "positions/index.html", "positions/acme-2023-11-key-positions/index.html",
            "stakeholders/index.html", "stakeholders/acme-ngo/index.html", "stakeholders/freedonia/index.html",
            "sessions/index.html", "sessions/first-session/index.html", "pages/about/index.html",
        ] {
            #expect(files.contains(page), "missing \(page)")
        }
    }

    @Test func draftPagesCarryEveryAnchorOfTheGrammar() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let html = try site.html("drafts/zero-draft/index.html")
        for anchor in [
            "preamble__rec_1", "preamble__rec_2", "chp_I", "chp_IV", "art_1", "art_1__para_1",
            "art_1__para_1__point_b", "art_1__para_1__point_b__point_ii", "art_1__para_1__point_c",
            "art_4bis", "art_4bis__point_a", "art_24", "art_24__para_2__point_b", "annex_I",
        ] {
            #expect(html.contains(" id=\"\(anchor)\""), "no element with id \(anchor)")
            #expect(html.contains("href=\"#\(anchor)\""), "no permalink to \(anchor)")
        }
        #expect(!html.contains("id=\"art_1__para_1__point_i\""), "(i) after (b) is a sub-point, not a point")
        let cnd = try site.html("drafts/updated-cnd/index.html")
        #expect(cnd.contains("<section class=\"article\" id=\"art_24\">"))
    }

    @Test func positionPagesAnchorHeadingsAndEveryTopLevelBlock() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let html = try site.html("positions/acme-2023-11-key-positions/index.html")
        #expect(html.contains("<h2 id=\"introduction\">"))
        #expect(html.contains("<h2 id=\"introduction-2\">"), "a repeated heading gets -2")
        #expect(html.contains("<p id=\"p_1\">"))
        #expect(html.contains("<li id=\"p_3\">"), "each item of a top-level list is a passage")
        #expect(html.contains("<div class=\"table\" id=\"p_5\">"))
        #expect(html.contains("<blockquote id=\"p_6\">"))
        #expect(html.contains("class=\"footnotes\""))
    }

    @Test func pagesHaveLanguageTitleDescriptionAndCanonicalAddress() throws {
        let site = try SiteFixture()
        _ = try site.build()
        let html = try site.html("drafts/zero-draft/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>Zero draft · Fixture record</title>"))
        #expect(html.contains("<meta name=\"description\" content=\"Zero draft (A/AC.291/22), June 2023"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/record/drafts/zero-draft/\">"))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("href=\"../../assets/print.css\" media=\"print\""))
        #expect(html.contains("href=\"../../positions/index.html\""), "links are relative and name index.html")
    }

    @Test func authorTextCannotInjectScript() throws {
        let site = try SiteFixture()
        try site.edit("content/positions/freedonia-2022-03-statement.md", replacing: "title: Statement at the first session",
                      with: "title: \"Statement </title><script>alert(1)</script>\"")
        try site.edit("content/positions/acme-2023-11-key-positions.md", replacing: "A [plain link](https://example.org/)",
                      with: "A [dangerous link](javascript:alert(1)) ![x](data:text/html,<script>alert(2)</script>)")
        let report = try site.build()
        // Dropping the links is said, on their line.
        let warnings = report.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("content/positions/acme-2023-11-key-positions.md:27: warning: the link to 'javascript:alert(1)' was left out") })
        #expect(warnings.contains { $0.hasPrefix("content/positions/acme-2023-11-key-positions.md:27: warning: the image 'data:text/html,") })
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            // The only scripts are the theme's own files.
            let scripts = text.components(separatedBy: "<script").count - 1
            let themeScripts = text.components(separatedBy: "<script src=\"").filter { tag in
                ["strings.js", "cite.js", "matrix.js", "search.js"].contains { tag.contains("assets/\($0)\" defer></script>") }
            }.count
            #expect(scripts == themeScripts, "script tag in \(path)")
            #expect(!text.contains("javascript:"), "javascript: URL in \(path)")
        }
        let html = try site.html("positions/freedonia-2022-03-statement/index.html")
        #expect(html.contains("Statement &lt;/title&gt;&lt;script&gt;"))
    }

    @Test func rawHTMLIsRenderedOnlyWhenTheSiteAllowsIt() throws {
        let site = try SiteFixture()
        try site.edit("content/pages/about.md", replacing: "This record is a fixture.", with: "This record is <mark>a fixture</mark>.")
        _ = try site.build()
        #expect(try !site.html("pages/about/index.html").contains("<mark>"))
        try site.edit("content/site.yml", replacing: "language: en", with: "language: en\nraw_html: true")
        _ = try site.build()
        #expect(try site.html("pages/about/index.html").contains("<mark>a fixture</mark>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try SiteFixture()
        let first = site.root.appendingPathComponent("first")
        let second = site.root.appendingPathComponent("second")
        _ = try site.build(output: first)
        _ = try site.build(output: second)
        let a = SiteFixture.snapshot(first)
        let b = SiteFixture.snapshot(second)
        #expect(a.count > 15)
        #expect(a == b)
    }

    @Test func siteTemplatesOverrideTheDefaultThemeOneByOne() throws {
        let site = try SiteFixture()
        try site.write("templates/page.mustache", "<article class=\"custom\"><h1>{{title}}</h1>{{{body}}}</article>")
        _ = try site.build()
        #expect(try site.html("pages/about/index.html").contains("<article class=\"custom\"><h1>About this record</h1>"))
        #expect(try site.html("index.html").contains("<section class=\"intro\">"), "other templates stay the default")
    }

    @Test func aTemplateThatDoesNotParseIsAnErrorNamingIt() throws {
        let site = try SiteFixture()
        try site.write("templates/page.mustache", "<h1>{{title}</h1>\n{{#body}}")
        #expect {
            _ = try site.build()
        } throws: { error in
            "\(error)".hasPrefix("templates/page.mustache")
        }
    }
}
