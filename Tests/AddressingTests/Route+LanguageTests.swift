import Testing
@testable import Addressing

/// Pages in other languages than the default: under `/<lang>/`, with the same anchors.
@Suite struct RouteLanguageTests {
    @Test func aPageInAnotherLanguageIsUnderItsPrefix() {
        let route = Route.draft("zero-draft").inLanguage("fr", default: "en")
        #expect(route == .localized("fr", .draft("zero-draft")))
        #expect(route.path == "fr/drafts/zero-draft/")
        #expect(route.address(.article("24")) == "/fr/drafts/zero-draft/#art_24")
        #expect(route.canonical(baseURL: "https://example.org/") == "https://example.org/fr/drafts/zero-draft/")
        #expect(route.language == "fr")
        #expect(route.page == .draft("zero-draft"))
    }

    @Test func theDefaultLanguageKeepsTheAddressesOfOneLanguage() {
        #expect(Route.draft("zero").inLanguage("en", default: "en") == .draft("zero"))
        #expect(Route.localized("fr", .home).inLanguage("en", default: "en") == .home)
        #expect(Route.home.inLanguage("ar", default: "en").path == "ar/")
    }

    @Test func linksBetweenLanguagesAreRelative() {
        let french = Route.localized("fr", .draft("zero"))
        #expect(french.root == "../../../")
        #expect(french.link(to: .draft("zero"), anchor: .article("24")) == "../../../drafts/zero/index.html#art_24")
        #expect(Route.draft("zero").link(to: french, anchor: .article("24")) == "../../fr/drafts/zero/index.html#art_24")
        #expect(french.link(to: .localized("fr", .drafts)) == "../../../fr/drafts/index.html")
    }

    @Test(arguments: [
        Route.localized("fr", .home), .localized("zh", .draft("zero")), .localized("ar", .article("scope")),
        .localized("es", .position("mex")), .localized("ru", .search), .localized("pt-br", .page("about")),
    ])
    func readsBackALocalizedAddress(_ route: Route) {
        #expect(Route(address: route.address()) == route)
    }

    @Test(arguments: ["/fr/fr/drafts/", "/fr/unknown/", "/french/drafts/", "/fr/drafts/x/y/"])
    func refusesWhatNoLocalizedPageIs(_ path: String) {
        #expect(Route(address: path) == nil)
    }
}
