import Testing
@testable import Addressing

@Suite struct SiteMapTests {
    static let map = SiteMap(
        drafts: [.init(id: "zero", anchors: [.preamble, .article("1")])],
        positions: [.init(id: "icc", anchors: [.heading("scope"), .passage(1)])],
        pages: [.init(id: "about", anchors: [.passage(1)])],
        stakeholders: ["icc"], sessions: ["s1"],
        provisions: [.init(key: "scope", drafts: ["zero"])]
    )

    @Test func holdsEveryPageSortedByPath() {
        #expect(Self.map.routes.map(\.path) == [
            "", "articles/", "articles/scope/", "concordance/", "drafts/", "drafts/zero/", "matrix/", "pages/about/",
            "positions/", "positions/icc/", "search/", "sessions/", "sessions/s1/", "stakeholders/", "stakeholders/icc/",
        ])
    }

    @Test func publishesEachPageAndEachOfItsAnchors() {
        let addresses = Self.map.addresses()
        #expect(addresses.count == 15 + 2 + 2 + 1 + 1)
        for address in [
            "/", "/drafts/zero/", "/drafts/zero/#preamble", "/drafts/zero/#art_1", "/positions/icc/#scope",
            "/positions/icc/#p_1", "/pages/about/#p_1", "/articles/scope/#zero", "/stakeholders/icc/", "/sessions/s1/",
        ] {
            #expect(addresses.contains(address), "\(address)")
        }
    }
}
