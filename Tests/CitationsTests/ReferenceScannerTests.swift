import Testing
@testable import Citations

/// The reference forms of docs/design.md (*References*) and those UN documents also use, with the anchors
/// they must link to; and the references to other instruments, which must not link.
@Suite struct ReferenceScannerTests {
    let scanner = ReferenceScanner.fixture

    /// The linked pieces of `text`: each as its text and anchor.
    func links(_ text: String) -> [String] { scanner.links(text) }

    @Test(arguments: [
        ("We support Article 24.", ["Article 24 -> art_24"]),
        ("as in Art. 24 and art. 12", ["Art. 24 -> art_24", "art. 12 -> art_12"]),
        ("see article 12 below", ["article 12 -> art_12"]),
        ("Art. 14(1) applies", ["Art. 14(1) -> art_14__para_1"]),
        ("Article 24(2)", ["Article 24(2) -> art_24__para_2"]),
        ("Article 24(2)(b)(ii)", ["Article 24(2)(b)(ii) -> art_24__para_2__point_b__point_ii"]),
        ("Article 47 (1) (a) that reads", ["Article 47 (1) (a) -> art_47__para_1__point_a"]),
        ("Article 35 paragraph 2 to", ["Article 35 paragraph 2 -> art_35__para_2"]),
        ("Article 22, paragraph 2 (b)", ["Article 22, paragraph 2 (b) -> art_22__para_2__point_b"]),
        ("Article 53, paragraph 3 (a) of the role", ["Article 53, paragraph 3 (a) -> art_53__para_3__point_a"]),
        ("Article 22 (1) (c).", ["Article 22 (1) (c) -> art_22__para_1__point_c"]),
        ("Article 40 paragraph (3), subparagraphs (e) and (f).", [
            "Article 40 paragraph (3) -> art_40__para_3", "(e) -> art_40__para_3__point_e", "(f) -> art_40__para_3__point_f",
        ]),
        ("Articles 29 and 30", ["Articles 29 -> art_29", "30 -> art_30"]),
        ("Articles 3, 23 and 53)", ["Articles 3 -> art_3", "23 -> art_23", "53 -> art_53"]),
        ("Articles 6, 7, 8 and 9", ["Articles 6 -> art_6", "7 -> art_7", "8 -> art_8", "9 -> art_9"]),
        ("Articles 8(1) and 9(2)", ["Articles 8(1) -> art_8__para_1", "9(2) -> art_9__para_2"]),
        ("(Art. 6-21)", ["Art. 6 -> art_6", "21 -> art_21"]),
        ("(Art. 35–52)", ["Art. 35 -> art_35", "52 -> art_52"]),
        ("Articles 6 to 16", ["Articles 6 -> art_6", "16 -> art_16"]),
        ("Article 4 bis and Article 7ter", ["Article 4 bis -> art_4bis", "Article 7ter -> art_7ter"]),
        ("paragraph 2 of article 10", ["paragraph 2 of article 10 -> art_10__para_2"]),
        ("not only to Chapter IV.", ["Chapter IV -> chp_IV"]),
        ("moved to Chapter I (General Provisions).", ["Chapter I -> chp_I"]),
        ("(*Preambular paragraph 9*)", ["Preambular paragraph 9 -> preamble__rec_9"]),
        ("Article 36 (Protection of personal data) should", ["Article 36 -> art_36"]),
    ] as [(String, [String])])
    func linksEveryForm(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        "Article 35 of the Budapest Convention",
        "as in Article 28 of the UNTOC,",
        "operative paragraph 9 of General Assembly resolution 75/282",
        "Article 19 of the International Covenant on Civil and Political Rights",
        "The Universal Declaration of Human Rights protects expression in Article 19.",
        "Under the UNCAC, Article 46 governs mutual legal assistance.",
        "the articles of the convention",
        "In 2023 the Chapter had",
        "Article 2023 is not a number we read",
    ])
    func doesNotLinkOtherInstrumentsOrNonReferences(_ text: String) {
        #expect(links(text).isEmpty, "\(links(text))")
    }

    @Test func aReferenceBeforeTheNameOfAnotherInstrumentStillLinks() {
        #expect(links("We recommend, in Article 22, paragraph 5 to refer to coordination, on the model of the Budapest Convention.")
            == ["Article 22, paragraph 5 -> art_22__para_5"])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(links("The UNTOC is cited. Art. 5 applies.") == ["Art. 5 -> art_5"])
        #expect(links("Under UNTOC rules, cf. Art. 5 here.").isEmpty)
    }

    @Test func rangesAreReportedForExpansion() {
        let match = scanner.scan("Articles 25 to 28")[0]
        #expect(match.ranges.map { "\($0.0.anchor?.id ?? "-")..\($0.1.anchor?.id ?? "-")" } == ["art_25..art_28"])
    }
}
