import Testing
@testable import Addressing

@Suite struct RouteParsingTests {
    @Test func readsBackEveryPageAddressItWrites() {
        let routes: [Route] = [
            .home, .drafts, .draft("zero"), .positions, .position("icc"), .stakeholders, .stakeholder("icc"), .sessions,
            .session("s1"), .page("about"), .articles, .article("scope"), .concordance, .matrix, .search,
        ]
        for route in routes { #expect(Route(address: route.address()) == route, "\(route.address())") }
    }

    @Test(arguments: ["", "/drafts", "/drafts/x/y/", "/unknown/", "/pages/", "drafts/x/", "/drafts//"])
    func refusesWhatNoPageIs(_ path: String) {
        #expect(Route(address: path) == nil)
    }
}
