import Testing
@testable import Render

/// What the render stage says when it cannot produce the site: where, and what to do.
@Suite struct RenderErrorTests {
    @Test func eachErrorNamesItsFileAndLine() {
        #expect(RenderError.template(path: "templates/page.mustache", line: 3, message: "x").description == "templates/page.mustache:3: error: template does not parse: x")
        #expect(RenderError.template(path: "templates/page.mustache", line: nil, message: "x").description == "templates/page.mustache: error: template does not parse: x")
        #expect(RenderError.themeMissing(name: "dark").description.hasPrefix("content/site.yml: error: theme 'dark' not found: create themes/dark/templates/"))
        #expect(RenderError.templateMissing(name: "draft").description == "themes: error: no template 'draft.mustache' in the site's templates or the theme")
        #expect(RenderError.unknownPage(path: "drafts/x/").description.hasPrefix("drafts/x/: error: no document for this page"))
        #expect(RenderError.outsideSite(path: "templates/page.mustache", target: "/etc/passwd").description.hasPrefix("templates/page.mustache: error: "))
    }

    @Test func aRouteToNothingInTheRecordIsAnUnknownPage() throws {
        let renderer = try RenderFixture.renderer()
        #expect(throws: RenderError.self) { try renderer.page(.draft("no-such-draft")) }
        #expect(throws: RenderError.self) { try renderer.page(.article("no-such-provision")) }
    }
}
