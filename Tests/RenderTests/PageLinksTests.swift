import Addressing
import Testing
@testable import Render

/// Links from one page, its root worked out once: the same links as `Route.link` writes.
@Suite struct PageLinksTests {
    static let routes: [Route] = [
        .home, .drafts, .draft("zero-draft"), .positions, .position("acme-views"), .stakeholders, .stakeholder("acme"),
        .sessions, .session("first"), .page("about"), .articles, .article("article-1"), .concordance, .matrix, .search,
    ]

    @Test(arguments: routes)
    func everyLinkIsTheOneRouteWrites(_ page: Route) throws {
        let links = PageLinks(from: page)
        #expect(links.root == page.root)
        let anchors: [Anchor?] = [nil, Anchor(draftFragment: "art_24__para_2"), Anchor(documentFragment: "p_3"), Anchor(documentFragment: "a-heading")]
        for target in Self.routes {
            for anchor in anchors {
                #expect(links.link(to: target, anchor: anchor) == page.link(to: target, anchor: anchor), "\(page) -> \(target) \(String(describing: anchor))")
            }
            #expect(links.base(target) == (target == page ? "" : page.root + target.file))
        }
    }
}
