import Foundation
import Testing
@testable import Addressing

@Suite struct AnchorTests {
    @Test func buildsTheAnchorsOfADraftFromItsStructure() {
        #expect(Anchor.preamble.id == "preamble")
        #expect(Anchor.recital(9).id == "preamble__rec_9")
        #expect(Anchor.chapter("IV").id == "chp_IV")
        #expect(Anchor.chapter("iv.").id == "chp_IV")
        #expect(Anchor.annex("I").id == "annex_I")
        #expect(Anchor.annex("").id == "annex")
        #expect(Anchor.article("24").id == "art_24")
        #expect(Anchor.article("4 bis").id == "art_4bis")
        #expect(Anchor.article("24").paragraph("2")?.id == "art_24__para_2")
        #expect(Anchor.article("24").paragraph("2")?.point("b")?.point("ii")?.id == "art_24__para_2__point_b__point_ii")
        #expect(Anchor.article("5").point("a")?.id == "art_5__point_a")
        // A paragraph is only ever directly under an article.
        #expect(Anchor.article("5").point("a")?.paragraph("2") == nil)
        #expect(Anchor.chapter("IV").point("a") == nil)
    }

    @Test func buildsTheAnchorsOfDocumentsAndProvisionPages() {
        #expect(Anchor.passage(14).id == "p_14")
        #expect(Anchor.heading("human-rights").id == "human-rights")
        #expect(Anchor.version("zero-draft").id == "zero-draft")
    }

    @Test(arguments: [
        "preamble", "preamble__rec_9", "chp_IV", "annex", "annex_I", "art_24", "art_4bis", "art_24__para_2",
        "art_24__para_2__point_b", "art_24__para_2__point_b__point_ii", "art_5__point_a",
    ])
    func parsesEveryDraftAnchorItBuilds(_ fragment: String) throws {
        let anchor = try #require(Anchor(draftFragment: fragment))
        #expect(anchor.id == fragment)
        #expect(anchor.isInDraft)
    }

    @Test(arguments: [
        "", "art_", "art_24__", "art_24__para_", "art_24__point_a__para_2", "art_24__para_2__para_3", "Art_24", "art_4 bis",
        "chp_iv", "chp_", "preamble__rec_x", "preamble__rec_0", "p_3", "human-rights", "art_24__clause_2",
    ])
    func refusesWhatIsNoDraftAnchor(_ fragment: String) {
        #expect(Anchor(draftFragment: fragment) == nil)
    }

    @Test func parsesPassagesAndHeadingsOfDocuments() {
        #expect(Anchor(documentFragment: "p_14") == .passage(14))
        #expect(Anchor(documentFragment: "über-die-sache") == .heading("über-die-sache"))
        #expect(Anchor(documentFragment: "p_x") == nil)
        // Passages as `passage(_:)` spells them, whatever the spelling read.
        #expect(Anchor(documentFragment: "p_007") == .passage(7))
        #expect(Anchor(documentFragment: "p_007")?.id == "p_7")
        #expect(Anchor(documentFragment: "p_+7")?.id == "p_7")
        #expect(Anchor(documentFragment: "p_0") == nil)
        #expect(Anchor(documentFragment: "p_") == nil)
        #expect(Anchor(documentFragment: "p_1234567890")?.label == "¶1234567890")
        #expect(Anchor.passage(14).label == "¶14")
        #expect(Anchor(documentFragment: "art_24") == nil)
    }

    @Test func knowsItsArticleAndParent() {
        let point = Anchor(draftFragment: "art_24__para_2__point_b__point_ii")
        #expect(point?.article == .article("24"))
        #expect(point?.parent?.id == "art_24__para_2__point_b")
        #expect(point?.parent?.parent?.id == "art_24__para_2")
        #expect(point?.parent?.parent?.parent == .article("24"))
        #expect(Anchor.article("24").parent == nil)
        #expect(Anchor.recital(3).parent == .preamble)
        #expect(Anchor.chapter("IV").article == nil)
        #expect(point?.levelsBelowArticle == ["2", "b", "ii"])
    }

    /// One case of `Fixtures/anchor-labels.json`, which the theme's scripts are tested against too.
    struct LabelCase: Decodable, Sendable, CustomTestStringConvertible {
        var anchor: String
        var label: String
        var capitalized: String
        var testDescription: String { anchor }
    }

    static let labelCases: [LabelCase] = {
        struct File: Decodable { var cases: [LabelCase] }
        guard let url = Bundle.module.url(forResource: "Fixtures/anchor-labels", withExtension: "json"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.cases
    }()

    @Test func theSharedLabelTableIsThere() {
        #expect(Self.labelCases.count >= 10)
    }

    @Test(arguments: labelCases)
    func labelsAsACitationDoes(_ testCase: LabelCase) throws {
        let anchor = try #require(Anchor(draftFragment: testCase.anchor) ?? Anchor(documentFragment: testCase.anchor))
        #expect(anchor.label == testCase.label)
        #expect(anchor.capitalizedLabel == testCase.capitalized)
    }

    @Test func capitalisesTheLabelWhereItStartsATitle() {
        #expect(Anchor(draftFragment: "art_24__para_2__point_b")?.capitalizedLabel == "Art. 24(2)(b)")
        #expect(Anchor.recital(9).capitalizedLabel == "Preamble, para. 9")
        #expect(Anchor.chapter("IV").capitalizedLabel == "Ch. IV")
    }

    @Test func labelsPassagesAndHeadings() {
        #expect(Anchor.passage(14).label == "¶14")
        #expect(Anchor.heading("scope").label(headingText: "Scope") == "§ Scope")
        #expect(Anchor.heading("scope").label == "scope")
    }

    @Test func ordersAsTheTextHoldsThem() {
        let written = [
            "art_10", "preamble__rec_2", "art_4bis", "annex_II", "chp_II", "art_4", "art_4__para_2__point_b", "art_4__para_10",
            "art_4__para_2", "art_4ter", "preamble", "art_4__para_2__point_a", "annex_I", "chp_IV", "preamble__rec_10",
            "art_4__para_2__point_b__point_iv", "art_4__para_2__point_b__point_ii", "art_5__point_h", "art_5__point_i",
        ]
        let sorted = written.compactMap(Anchor.init(draftFragment:)).sorted().map(\.id)
        #expect(sorted == [
            "preamble", "preamble__rec_2", "preamble__rec_10", "chp_II", "chp_IV", "art_4", "art_4__para_2",
            "art_4__para_2__point_a", "art_4__para_2__point_b", "art_4__para_2__point_b__point_ii",
            "art_4__para_2__point_b__point_iv", "art_4__para_10", "art_4bis", "art_4ter", "art_5__point_h", "art_5__point_i",
            "art_10", "annex_I", "annex_II",
        ])
        #expect([Anchor.passage(10), .passage(9), .heading("a")].sorted() == [.passage(9), .passage(10), .heading("a")])
    }
}

/// The byte-level readings of anchors give what the character-level ones gave.
@Suite struct AnchorBytesTests {
    @Test func asciiNumbersNormalizeAsTheCharacterPathDoes() {
        for byte in UInt8(0)..<0x80 {
            let scalar = String(UnicodeScalar(byte))
            for number in ["4" + scalar + "Bis", scalar + "IV", "24" + scalar] {
                #expect(Anchor.normalizedNumber(number) == String(number.lowercased().filter { $0.isLetter || $0.isNumber }), "byte \(byte)")
            }
        }
        #expect(Anchor.normalizedNumber("4 bis") == "4bis")
        #expect(Anchor.normalizedNumber("Ⅳ") == "ⅳ")
    }

    @Test(arguments: [
        ("art_24", "24", nil, []), ("art_4bis__para_2", "4bis", "2", []), ("art_24__para_2__point_b", "24", "2", ["b"]),
        ("art_5__point_a", "5", nil, ["a"]), ("art_5__point_a__point_ii", "5", nil, ["a", "ii"]),
    ] as [(String, String, String?, [String])])
    func aProvisionAnchorReadsBackItsArticleParagraphAndPoints(_ id: String, _ article: String, _ paragraph: String?, _ points: [String]) throws {
        let anchor = try #require(Anchor(draftFragment: id))
        #expect(anchor.kind == .provision(.init(article: article, paragraph: paragraph, points: points)))
    }

    @Test func aHeadingFragmentHoldsNoUnderscoreAndAPassageLabelIsItsNumber() {
        #expect(Anchor(documentFragment: "scope-of-application") == .heading("scope-of-application"))
        #expect(Anchor(documentFragment: "scope_of") == nil)
        #expect(Anchor.passage(14).label == "¶14")
    }
}
