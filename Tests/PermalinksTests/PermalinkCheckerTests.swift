import Corpus
import Testing
@testable import Permalinks

@Suite struct PermalinkCheckerTests {
    func lock(_ addresses: [String]) -> [LockedAddress] {
        addresses.enumerated().map { LockedAddress(address: $1, line: $0 + 3) }
    }

    @Test func aMissingLockedAnchorIsAnErrorNamingItAndTheFix() {
        let (_, diagnostics) = PermalinkChecker.check(
            published: ["/drafts/z/", "/drafts/z/#art_1"], lock: lock(["/drafts/z/", "/drafts/z/#art_1", "/drafts/z/#art_2"]), redirects: []
        )
        #expect(diagnostics.map(\.description) == [
            "content/anchors.lock:5: error: published address '/drafts/z/#art_2' is gone: restore it, or map it to its new place in content/redirects.yml ('/drafts/z/#art_2': '/new/path/#anchor')",
        ])
    }

    @Test func aRedirectedAnchorPassesAndIsRewrittenOnItsPage() {
        let (plan, diagnostics) = PermalinkChecker.check(
            published: ["/drafts/z/", "/drafts/z/#art_3"], lock: lock(["/drafts/z/#art_2bis"]),
            redirects: [Redirect(from: "/drafts/z/#art_2bis", to: "/drafts/z/#art_3", line: 1)]
        )
        #expect(diagnostics.isEmpty)
        #expect(plan.fragmentMoves == ["/drafts/z/": ["art_2bis": "/drafts/z/#art_3"]])
    }

    @Test func aMovedPageGetsARedirectPageAndKeepsItsFragments() {
        let (plan, diagnostics) = PermalinkChecker.check(
            published: ["/positions/new/", "/positions/new/#p_1"], lock: lock(["/positions/old/", "/positions/old/#p_1"]),
            redirects: [Redirect(from: "/positions/old/", to: "/positions/new/", line: 1)]
        )
        #expect(diagnostics.isEmpty)
        #expect(plan.redirectPages == ["/positions/old/": "/positions/new/"])
        #expect(plan.fragmentMoves["/positions/old/"] == ["p_1": "/positions/new/#p_1"])
    }

    @Test func redirectsMustLeadSomewhereAndNotShadowPublishedAddresses() {
        let (_, diagnostics) = PermalinkChecker.check(
            published: ["/a/", "/b/"], lock: [],
            redirects: [Redirect(from: "/a/", to: "/b/", line: 1), Redirect(from: "/c/", to: "/d/", line: 2)]
        )
        #expect(diagnostics.map(\.line) == [1, 2])
    }

    @Test func theLockGainsNewAddressesAndKeepsOldOnesSorted() {
        #expect(PermalinkChecker.updatedLock(published: ["/b/", "/a/"], lock: lock(["/c/"])) == ["/a/", "/b/", "/c/"])
        #expect(PermalinkChecker.updatedLock(published: ["/a/"], lock: lock(["/a/", "/b/"])) == ["/a/", "/b/"])
    }
}
