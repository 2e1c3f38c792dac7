import Testing
@testable import Addressing

/// The pages of a site in several languages: lists everywhere, documents where they exist.
@Suite struct SiteMapLanguagesTests {
    static let map = SiteMap(
        drafts: [.init(id: "zero", anchors: [.article("1")], translations: [("fr", [.article("1")]), ("zh", [.article("1")])])],
        positions: [
            .init(id: "icc", anchors: [.passage(1)], translations: [("fr", [.passage(1), .passage(2)])]),
            .init(id: "mex", anchors: [.passage(1)], language: "es"),
        ],
        pages: [], stakeholders: ["icc"], sessions: [],
        provisions: [.init(key: "scope", drafts: ["zero"])],
        languages: ["en", "fr", "es", "zh"], stakeholderLanguages: ["icc": ["en", "zh"]]
    )

    @Test func listsAndProvisionsExistInEveryLanguage() {
        let paths = Set(Self.map.routes.map(\.path))
        for prefix in ["", "fr/", "es/", "zh/"] {
            for list in ["", "drafts/", "positions/", "stakeholders/", "sessions/", "articles/", "articles/scope/", "concordance/", "matrix/", "search/"] {
                #expect(paths.contains(prefix + list), "\(prefix + list)")
            }
        }
    }

    @Test func documentsExistOnlyInTheirLanguages() {
        let paths = Set(Self.map.routes.map(\.path))
        #expect(paths.isSuperset(of: ["drafts/zero/", "fr/drafts/zero/", "zh/drafts/zero/", "positions/icc/", "fr/positions/icc/", "es/positions/mex/", "zh/stakeholders/icc/"]))
        #expect(paths.isDisjoint(with: ["es/drafts/zero/", "positions/mex/", "fr/positions/mex/", "fr/stakeholders/icc/"]))
    }

    @Test func anchorsAreTheSameInEveryLanguageOfADraft() {
        let addresses = Self.map.addresses()
        #expect(addresses.isSuperset(of: ["/drafts/zero/#art_1", "/fr/drafts/zero/#art_1", "/zh/drafts/zero/#art_1", "/fr/positions/icc/#p_2", "/fr/articles/scope/#zero"]))
    }

    @Test func theLanguagesOfAPageAreInTheSiteOrder() {
        #expect(Self.map.languages(of: .draft("zero")) == ["en", "fr", "zh"])
        #expect(Self.map.languages(of: .localized("fr", .draft("zero"))) == ["en", "fr", "zh"])
        #expect(Self.map.languages(of: .position("mex")) == ["es"])
        #expect(Self.map.languages(of: .matrix) == ["en", "fr", "es", "zh"])
    }

    @Test func aReaderOfALanguageIsLedToItsVersionElseToTheOriginal() {
        #expect(Self.map.route(.draft("zero"), in: "fr") == .localized("fr", .draft("zero")))
        #expect(Self.map.route(.draft("zero"), in: "es") == .draft("zero"))
        #expect(Self.map.route(.position("mex"), in: "en") == .localized("es", .position("mex")))
        #expect(Self.map.route(.position("mex"), in: "fr") == .localized("es", .position("mex")))
        #expect(Self.map.route(.matrix, in: "zh") == .localized("zh", .matrix))
        #expect(Self.map.route(.localized("fr", .matrix), in: "en") == .matrix)
    }

    @Test func aSiteOfOneLanguageHasTheAddressesItAlwaysHad() {
        let map = SiteMap(drafts: [.init(id: "zero", anchors: [.article("1")])], positions: [], pages: [], stakeholders: [], sessions: [], provisions: [])
        #expect(map.routes.allSatisfy { $0.language == nil })
        #expect(map.routes.count == 10)
    }
}
