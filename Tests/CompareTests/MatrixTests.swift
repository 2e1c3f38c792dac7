import Addressing
@testable import Citations
import Corpus
import Testing
@testable import Compare

/// Provisions x stakeholders: who said what about each provision, across renumbering.
@Suite struct MatrixTests {
    static let texts = ConcordanceTests.texts

    /// Two drafts: the second inserts Article 2 and renumbers the rest.
    static let record = CompareRecord(
        drafts: [
            CompareRecord.draft("v1", "First draft", "2023-01", """
                ## Article 1. Statement of purpose
                \(texts["purpose"]!)
                ## Article 2. Use of terms
                \(texts["terms"]!)
                ## Article 3. Scope of application
                \(texts["scope"]!)

                """),
            CompareRecord.draft("v2", "Second draft", "2023-06", """
                ## Article 1. Statement of purpose
                \(texts["purpose"]!)
                ## Article 2. Protection of sovereignty
                \(texts["sovereignty"]!)
                ## Article 3. Use of terms
                \(texts["terms"]!)
                ## Article 4. Scope of application
                \(texts["scope"]!)

                """),
        ],
        positions: [
            CompareRecord.position("joint", by: ["acme", "zed"], "2023-02", draft: "v1", stances: [("2", .support)],
                                   "Article 2 and, again, Article 2 matter.\n\nArticles 1 to 3 apply.\n"),
            CompareRecord.position("beta-2023", by: ["beta"], "2023-07", draft: "v2", stances: [("3", .amend), ("3", .oppose)],
                                   "We note Article 4.\n\n```proposal art_3\nNew terms.\n```\n"),
            CompareRecord.position("zed-2023", by: ["zed"], "2023-08", draft: "v2", "Nothing cited.\n"),
        ],
        stakeholders: [
            CompareRecord.stakeholder("zed", "Zed State"), CompareRecord.stakeholder("idle", "Idle Organisation"),
            CompareRecord.stakeholder("beta", "beta Coalition"), CompareRecord.stakeholder("acme", "ACME Network"),
        ]
    )

    static let result = record.compare()
    static var comparison: Comparison { result.comparison }
    static var matrix: Matrix { comparison.matrix }

    /// The concordance row of an article of a draft.
    static func row(_ draft: String, _ article: String) -> Int {
        comparison.concordance.index(draft: draft, article: .article(article))!
    }

    @Test func theRecordCompares() {
        #expect(Self.result.diagnostics.isEmpty)
        #expect(Self.comparison.concordance.provisions.map(\.key) == [
            "statement-of-purpose", "protection-of-sovereignty", "use-of-terms", "scope-of-application",
        ])
    }

    @Test func rowsAreTheProvisionsSomeoneAddressedInConcordanceOrder() {
        #expect(Self.matrix.rows == [Self.row("v2", "1"), Self.row("v2", "3"), Self.row("v2", "4")])
    }

    @Test func columnsAreTheStakeholdersWithADocumentByName() {
        #expect(Self.matrix.columns == ["acme", "beta", "zed"])
    }

    @Test func aPassageCitingAProvisionTwiceCountsOnceAndARangeCitesEachArticle() {
        let terms = Self.row("v1", "2")
        #expect(Self.matrix.cell(terms, "acme")?.passages.map(\.anchor) == [.passage(1), .passage(2)])
        #expect(Self.matrix.cell(Self.row("v1", "1"), "acme")?.passages.map(\.anchor) == [.passage(2)])
        #expect(Self.matrix.cell(Self.row("v1", "3"), "acme")?.passages.map(\.anchor) == [.passage(2)])
    }

    @Test func aJointDocumentCountsForEachOfItsStakeholders() {
        let terms = Self.row("v1", "2")
        #expect(Self.matrix.cell(terms, "zed") == Self.matrix.cell(terms, "acme"))
        #expect(Self.matrix.cell(terms, "zed")?.passages.allSatisfy { $0.positionID == "joint" } == true)
    }

    @Test func stancesOnRenumberedArticlesMeetInOneRowAndTheLatestIsShown() throws {
        let terms = Self.row("v1", "2")
        #expect(terms == Self.row("v2", "3"))
        let acme = try #require(Self.matrix.cell(terms, "acme"))
        #expect(acme.stances.map(\.value) == [.support])
        #expect(acme.stances.first?.draftID == "v1" && acme.stances.first?.article == "2")
        #expect(acme.label == "support")
        let beta = try #require(Self.matrix.cell(terms, "beta"))
        #expect(beta.stances.map(\.value) == [.amend, .oppose])
        #expect(beta.label == "oppose")
        #expect(beta.passages.isEmpty)
    }

    @Test func aCitationWithoutAStanceIsShownAsComments() {
        #expect(Self.matrix.cell(Self.row("v2", "4"), "beta")?.label == "comments")
        #expect(Self.matrix.cell(Self.row("v2", "4"), "beta")?.passages == [Matrix.Passage(positionID: "beta-2023", anchor: .passage(1))])
    }

    @Test func proposalsAreCountedInTheirProvisionsCell() {
        #expect(Self.matrix.cell(Self.row("v2", "3"), "beta")?.proposals == [0])
        #expect(Self.comparison.proposals.map(\.positionID) == ["beta-2023"])
    }

    @Test func whoSaidNothingAboutAProvisionHasNoCell() {
        #expect(Self.matrix.cell(Self.row("v2", "2"), "acme") == nil)
        #expect(Self.matrix.cell(Self.row("v2", "1"), "beta") == nil)
        #expect(Self.matrix.column("idle").isEmpty)
        #expect(Self.matrix.column("zed").map(\.row) == [Self.row("v2", "1"), Self.row("v2", "3"), Self.row("v2", "4")])
    }

    @Test func aColumnListsWhatOneStakeholderAddressedInOrder() {
        #expect(Self.matrix.column("acme").map(\.row) == [Self.row("v1", "1"), Self.row("v1", "2"), Self.row("v1", "3")])
        #expect(Self.matrix.column("beta").map(\.row) == [Self.row("v2", "3"), Self.row("v2", "4")])
    }

    /// The citations are read in runs on several cores: every run ends where a document's
    /// passages end, and the runs cover the passages in order, whatever their number.
    @Test(arguments: [1, 2, 3, 8, 40])
    func runsOfCitationsEndWithADocument(count: Int) {
        let documents = ["a", "a", "a", "b", "c", "c", "d", "d", "d", "d", "e"]
        let passages = documents.map { id in
            CitedPassage(documentID: id, passageAnchor: .passage(1), line: 1, draftID: "v1", anchors: [], articles: [], sentence: "", markStart: 0, markEnd: 0)
        }
        let runs = Matrix.documentRuns(passages, count: count)
        #expect(runs.flatMap { Array($0) } == Array(passages.indices))
        #expect(runs.count <= count)
        for run in runs.dropFirst() {
            #expect(documents[run.lowerBound] != documents[run.lowerBound - 1], "run \(run) starts inside a document")
        }
        #expect(Matrix.documentRuns([], count: count).isEmpty)
    }
}
