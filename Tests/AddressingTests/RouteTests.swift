import Testing
@testable import Addressing

@Suite struct RouteTests {
    @Test func pathsFollowTheURLScheme() {
        #expect(Route.home.path == "")
        #expect(Route.draft("zero-draft").path == "drafts/zero-draft/")
        #expect(Route.position("icc-2023").file == "positions/icc-2023/index.html")
        #expect(Route.page("about").path == "pages/about/")
        #expect(Route.article("conditions-and-safeguards").path == "articles/conditions-and-safeguards/")
        #expect(Route.search.path == "search/")
    }

    @Test func linksAreRelativeSoTheSiteWorksFromAnyFolder() {
        let from = Route.position("icc-2023")
        #expect(from.root == "../../")
        #expect(from.link(to: .draft("zero"), anchor: Anchor(draftFragment: "art_24__para_2")) == "../../drafts/zero/index.html#art_24__para_2")
        #expect(from.link(to: .home) == "../../index.html")
        #expect(from.link(to: from, anchor: .passage(3)) == "#p_3")
        #expect(from.link(to: from) == "index.html")
        #expect(from.link(to: .article("x"), section: .citedBy) == "../../articles/x/index.html#cited_by")
        #expect(Route.article("x").address(section: .stakeholder("icc")) == "/articles/x/#by_icc")
        #expect(Route.home.link(to: .sitemap) == "sitemap.xml")
        #expect(from.link(to: .asset("style.css")) == "../../assets/style.css")
        #expect(Route.fromRoot(.draft("zero"), anchor: .article("24")) == "drafts/zero/index.html#art_24")
    }

    @Test func addressesAreWhatTheLockHolds() {
        #expect(Route.draft("zero").address(.article("24")) == "/drafts/zero/#art_24")
        #expect(Route.home.address() == "/")
        #expect(Route.draft("zero").canonical(baseURL: "https://example.org/record/") == "https://example.org/record/drafts/zero/")
    }

    @Test func filesThatAreNotPagesAreReserved() {
        #expect(SiteFile.search("terms/3.json").path == "search/terms/3.json")
        #expect(SiteFile.reserved == ["/404.html", "/assets/", "/data/", "/feed.xml", "/matrix.csv", "/matrix.json", "/search/", "/sitemap.xml"])
    }
}
