import Addressing
import Corpus
import Foundation
import Testing
@testable import Render

/// Loading a theme: the default theme, overridden file by file by the site's theme and then
/// its `templates/` folder, partials like pages; what stops a build.
@Suite struct ThemeTests {
    /// The record with `theme: custom` and `files`.
    static func renderer(_ files: [String: String]) throws -> SiteRenderer {
        var record = RenderFixture.files
        record["content/site.yml"]! += "theme: custom\n"
        return try RenderFixture.renderer(record, extra: files)
    }

    @Test func theSitesTemplatesOverrideItsThemeWhichOverridesTheDefault() throws {
        let renderer = try Self.renderer([
            "themes/custom/templates/search.mustache": "<p>theme search {{search_href}}</p>\n",
            "themes/custom/templates/page.mustache": "<p>theme page</p>\n",
            "templates/page.mustache": "<p>site page {{title}}</p>\n",
            "themes/custom/assets/style.css": "body { color: red; }\n",
        ])
        #expect(try renderer.html(.search).contains("<main id=\"main\" class=\"wrap\">\n<p>theme search index.html</p>\n\n</main>"))
        #expect(try renderer.html(.page("about")).contains("<p>site page About</p>"))
        #expect(try renderer.html(.drafts).contains("<h1>Drafts</h1>"))
        let style = try #require(renderer.theme.assets.first { $0.path == "style.css" })
        #expect(String(decoding: style.data, as: UTF8.self) == "body { color: red; }\n")
        #expect(renderer.theme.assets.contains { $0.path == "cite.js" })
    }

    @Test func aSiteOverridesAPartialLikeAnyTemplate() throws {
        let renderer = try RenderFixture.renderer(extra: [
            "templates/matrix-cell.mustache": "<td>{{#stance}}{{.}}{{/stance}}</td>",
            "templates/draft-point.mustache": "<li>({{label}})</li>\n",
        ])
        #expect(try renderer.html(.matrix).contains("<td>support</td><td>comments</td></tr>"))
        let draft = try renderer.html(.draft("first-draft"))
        #expect(draft.contains("<ol class=\"points\">\n<li>(a)</li>\n<li>(b)</li>\n<li>(c)</li>\n</ol>\n"))
    }

    @Test func aTemplatesFirstLineFollowsMustachesRulesLikeAnyOther() throws {
        let renderer = try RenderFixture.renderer(extra: ["templates/page.mustache": "{{#title}}\n<h1>{{title}}</h1>\n{{/title}}\n"])
        #expect(try renderer.html(.page("about")).contains("<main id=\"main\" class=\"wrap\">\n<h1>About</h1>\n\n</main>"))
    }

    @Test func aThemeThatDoesNotExistStopsTheBuild() throws {
        let site = try RenderFixture.write(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let error = try #require(throws: RenderError.self) { try Theme.load(siteDirectory: site, name: "nowhere") }
        guard case .themeMissing(let name) = error else {
            Issue.record("not a missing theme: \(error)")
            return
        }
        #expect(name == "nowhere")
    }

    @Test func aTemplateThatDoesNotParseStopsTheBuildAtItsLine() throws {
        let site = try RenderFixture.write(["templates/page.mustache": "<h1>{{title}}</h1>\n{{#body}}\n{{/title}}\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let error = try #require(throws: RenderError.self) { try Theme.load(siteDirectory: site, name: "default") }
        guard case .template(let path, let line, _) = error else {
            Issue.record("not a template error: \(error)")
            return
        }
        #expect(path == "templates/page.mustache")
        #expect(line == 3)
        #expect(error.description.hasPrefix("templates/page.mustache:3: error: template does not parse"))
    }

    @Test func aTemplateLinkedFromOutsideTheSiteStopsTheBuild() throws {
        let site = try RenderFixture.write(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        let outside = try RenderFixture.write(["page.mustache": "<p>outside</p>\n"])
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: outside)
        }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("templates/page.mustache"), withDestinationURL: outside.appendingPathComponent("page.mustache")
        )
        let error = try #require(throws: RenderError.self) { try Theme.load(siteDirectory: site, name: "default") }
        guard case .outsideSite(let path, _) = error else {
            Issue.record("not an outside-the-site error: \(error)")
            return
        }
        #expect(path == "templates/page.mustache")
    }

    @Test func everyRequiredTemplateAndPartialComesWithTheDefaultTheme() throws {
        let site = try RenderFixture.write(["content/site.yml": "title: T\nbase_url: https://example.org/\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let theme = try Theme.load(siteDirectory: site, name: "default")
        for name in Theme.requiredTemplates + Theme.partials {
            #expect(theme.library.contains(name), "\(name)")
        }
        #expect(theme.render("no-such-template", NotFoundPageContext(homeHref: "x")) == "")
    }
}
