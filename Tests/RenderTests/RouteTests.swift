import Testing
@testable import Render

@Suite struct RouteTests {
    @Test func pathsFollowTheURLScheme() {
        #expect(Route.home.file == "index.html")
        #expect(Route.draft("zero-draft").file == "drafts/zero-draft/index.html")
        #expect(Route.position("x").path == "positions/x/")
        #expect(Route.stakeholder("icc").canonical(baseURL: "https://e.org/site/") == "https://e.org/site/stakeholders/icc/")
    }

    @Test func linksAreRelativeSoTheSiteWorksFromAnyFolder() {
        #expect(Route.draft("a").link(to: .position("b")) == "../../positions/b/index.html")
        #expect(Route.home.link(to: .drafts) == "drafts/index.html")
        #expect(Route.drafts.link(to: .home) == "../index.html")
        #expect(Route.draft("a").link(to: .draft("a"), fragment: "art_24") == "#art_24")
        #expect(Route.position("b").link(to: .draft("a"), fragment: "art_24__para_2") == "../../drafts/a/index.html#art_24__para_2")
    }
}
