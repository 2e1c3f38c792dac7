import Addressing
import Testing
@testable import Compare

/// The key each provision is published under: first appearance, the lock, the editor, and
/// `-2` for a key two provisions would share. (How keys are spelled: Tests/AddressingTests/ProvisionKeyTests.swift.)
@Suite struct ProvisionKeysTests {
    /// A provision with one version per (number, title), in draft order.
    static func provision(_ versions: (String, String?)...) -> Provision {
        Provision(
            key: "",
            versions: versions.enumerated().map { index, version in
                Provision.Version(
                    draftID: "v\(index + 1)", draftIndex: index, number: version.0, anchor: .article(version.0), title: version.1,
                    chapter: nil, text: "", basis: index == 0 ? nil : .text
                )
            },
            splitFrom: nil, mergedInto: nil
        )
    }

    static func keys(_ provisions: [Provision], editor: [(key: String, line: Int)?] = [], locked: Set<String> = []) -> [String] {
        var provisions = provisions
        let editorKeys = editor + Array(repeating: nil, count: max(0, provisions.count - editor.count))
        ProvisionKeys.assign(to: &provisions, editorKeys: editorKeys, locked: locked)
        return provisions.map(\.key)
    }

    @Test func theCandidatesAreEachVersionsTitleThenNumberInDraftOrder() {
        let provision = Self.provision(("36", nil), ("38", "Protection of personal data"), ("38", "Protection of personal data"), ("39", "Data"))
        #expect(ProvisionKeys.candidates(provision) == ["article-36", "protection-of-personal-data", "article-38", "data", "article-39"])
    }

    @Test func aProvisionIsKeyedByItsFirstAppearance() {
        #expect(Self.keys([Self.provision(("36", nil), ("38", "Protection of personal data"))]) == ["article-36"])
        #expect(Self.keys([Self.provision(("4 bis", "Scope of application"), ("5", "Scope"))]) == ["scope-of-application"])
        #expect(Self.keys([Self.provision(("12", "—"))]) == ["article-12"], "a title with no letters gives no key")
    }

    @Test func aLockedKeyOfAnyVersionWins() {
        #expect(Self.keys([Self.provision(("36", nil), ("38", "Protection of personal data"))], locked: ["protection-of-personal-data"])
            == ["protection-of-personal-data"])
        #expect(Self.keys([Self.provision(("36", nil), ("38", "Protection of personal data"))], locked: ["article-38", "unrelated"])
            == ["article-38"])
    }

    @Test func aLockedKeyGoesToTheFirstProvisionThatCouldHaveIt() {
        let provisions = [Self.provision(("1", "Definitions")), Self.provision(("40", "Definitions"))]
        #expect(Self.keys(provisions, locked: ["definitions"]) == ["definitions", "definitions-2"])
        #expect(Self.keys(provisions, locked: ["definitions", "article-40"]) == ["definitions", "article-40"])
    }

    @Test func theEditorsKeysComeFirstEvenBeforeTheLock() {
        let provisions = [Self.provision(("1", "Scope")), Self.provision(("2", "Scope of application"))]
        #expect(Self.keys(provisions, editor: [nil, ("scope", 3)]) == ["scope-2", "scope"])
        #expect(Self.keys(provisions, editor: [nil, ("scope", 3)], locked: ["scope"]) == ["scope-2", "scope"])
    }

    @Test func aKeyTheEditorGivesTwiceGoesToTheFirstProvisionOnly() {
        let provisions = [Self.provision(("1", "Purpose")), Self.provision(("2", "Terms"))]
        #expect(Self.keys(provisions, editor: [("general", 2), ("general", 5)]) == ["general", "terms"])
    }

    @Test func provisionsSharingAKeyAreNumberedInProvisionOrder() {
        let provisions = [Self.provision(("1", "Definitions")), Self.provision(("40", "Definitions")), Self.provision(("41", "Definitions"))]
        #expect(Self.keys(provisions) == ["definitions", "definitions-2", "definitions-3"])
    }

    @Test func keysAreUniqueEvenWhenATitleLooksLikeANumberedKey() {
        let provisions = [Self.provision(("1", "Definitions")), Self.provision(("2", "Definitions")), Self.provision(("3", "Definitions 2"))]
        let keys = Self.keys(provisions)
        #expect(keys == ["definitions", "definitions-2", "definitions-2-2"])
        #expect(Set(keys).count == keys.count)
    }

    @Test func aProvisionWithoutVersionsFallsBackToAGenericKey() {
        #expect(Self.keys([Self.provision(), Self.provision()]) == ["provision", "provision-2"])
    }
}
