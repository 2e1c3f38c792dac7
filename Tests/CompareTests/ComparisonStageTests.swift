import Addressing
import Corpus
import Testing
@testable import Compare

/// The compare stage: the wording positions propose, checked against the cited draft, and
/// the provision keys the lock has published.
@Suite struct ComparisonStageTests {
    static let zero = CompareRecord.draft("zero", "Zero draft", "2023-01", """
        # Preamble
        Recalling the Charter,

        # Chapter IV. Procedures
        ## Article 24. Conditions and safeguards
        1. Safeguards apply.
        2. Such conditions shall include review.

        """)

    /// The proposals and diagnostics of a position citing `draft` with `body` (starting on line 20).
    func proposals(_ body: String, draft: String? = "zero") -> ([Proposal], [String]) {
        let record = CompareRecord(
            drafts: [Self.zero], positions: [CompareRecord.position("p", by: ["acme"], "2023-02", draft: draft, body)],
            stakeholders: [CompareRecord.stakeholder("acme", "ACME")]
        )
        let result = record.compare()
        return (result.comparison.proposals, result.diagnostics)
    }

    @Test func aProposalBlockIsARedlineAgainstTheCitedDraftsText() throws {
        let (proposals, diagnostics) = proposals("We propose:\n\n```proposal art_24__para_2\nSuch conditions shall include   judicial\n\nreview.\n```\n")
        #expect(diagnostics.isEmpty)
        let proposal = try #require(proposals.first)
        #expect(proposals.count == 1)
        #expect(proposal.positionID == "p")
        #expect(proposal.draftID == "zero")
        #expect(proposal.anchor == .article("24").paragraph("2"))
        #expect(proposal.articleAnchor == .article("24"))
        #expect(proposal.passageAnchor == .passage(2))
        #expect(proposal.line == 22)
        #expect(proposal.redline.oldText == "Such conditions shall include review.")
        #expect(proposal.redline.newText == "Such conditions shall include judicial\nreview.", "spaces collapsed, blank lines dropped")
        #expect(proposal.redline.insertedWords == 1)
    }

    @Test func aProposalDroppingAParagraphStrikesItWholeAndRenumbersTheNext() throws {
        let (proposals, _) = proposals("```proposal art_24\n1. Such conditions shall include review.\n```\n")
        let proposal = try #require(proposals.first)
        #expect(proposal.redline.html() == "<del>1. Safeguards apply.</del>\n<del>2.</del> → <ins>1.</ins> Such conditions shall include review.")
    }

    @Test func aProposalForAWholeArticleComparesItsNumberedParagraphs() throws {
        let (proposals, _) = proposals("```proposal art_24\n1. Safeguards apply.\n```\n")
        let proposal = try #require(proposals.first)
        #expect(proposal.redline.oldText == "1. Safeguards apply.\n2. Such conditions shall include review.")
        #expect(proposal.redline.deletedWords > 0)
    }

    @Test func aProposalForARecitalHasNoArticle() throws {
        let (proposals, diagnostics) = proposals("```proposal preamble__rec_1\nRecalling the Charter of the United Nations,\n```\n")
        #expect(diagnostics.isEmpty)
        let proposal = try #require(proposals.first)
        #expect(proposal.anchor == .recital(1))
        #expect(proposal.articleAnchor == nil)
        #expect(proposal.redline.oldText == "Recalling the Charter,")
    }

    @Test(arguments: ["art_24__para_9", "art_25", "art_24__para_", "chp_IV", "Article 24"])
    func aProposalNamingAnAnchorTheDraftLacksIsAnErrorOnItsLine(_ anchor: String) {
        let (proposals, diagnostics) = proposals("Text.\n\n```proposal \(anchor)\nNew words.\n```\n")
        #expect(proposals.isEmpty)
        if anchor.contains(" ") {
            #expect(diagnostics.first?.contains("a proposal names the one provision it rewrites") == true)
        } else {
            #expect(diagnostics == [
                "content/positions/p.md:22: error: proposed text for \(anchor), which Zero draft (content/drafts/zero.md) does not have; "
                    + "name an anchor of that draft, such as art_24 or art_24__para_2",
            ])
        }
    }

    @Test func aProposalWithoutACitedDraftIsAnError() {
        let (proposals, diagnostics) = proposals("```proposal art_24\nNew words.\n```\n", draft: nil)
        #expect(proposals.isEmpty)
        #expect(diagnostics == [
            "content/positions/p.md:20: error: proposed text for art_24, but the document cites no draft: set 'draft:' to the draft whose text it amends",
        ])
    }

    @Test(arguments: ["```proposal\nNew words.\n```\n", "```proposal art_24 art_25\nNew words.\n```\n"])
    func aProposalNamesExactlyOneProvision(_ body: String) {
        let (proposals, diagnostics) = proposals(body)
        #expect(proposals.isEmpty)
        #expect(diagnostics == [
            "content/positions/p.md:20: error: a proposal names the one provision it rewrites: write ```proposal art_24__para_2 (the anchor in the cited draft)",
        ])
    }

    @Test(arguments: [
        "- We propose:\n\n  ```proposal art_24__para_2\n  New words.\n  ```\n",
        "> ```proposal art_24__para_2\n> New words.\n> ```\n",
    ])
    func aProposalInsideAListItemOrQuoteIsReadOrReported(_ body: String) {
        let (proposals, diagnostics) = proposals(body)
        #expect(proposals.count + diagnostics.count == 1, "\(diagnostics)")
    }

    @Test func otherCodeBlocksAreNotProposals() {
        let (proposals, diagnostics) = proposals("```proposals art_24\nx\n```\n\n```swift\nlet x = 1\n```\n\n    proposal art_24\n")
        #expect(proposals.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func proposalsAreInCorpusOrderAndFoundByPositionAndProvision() {
        let record = CompareRecord(
            drafts: [Self.zero],
            positions: [
                CompareRecord.position("late", by: ["acme"], "2023-05", draft: "zero", "```proposal art_24__para_1\nNo safeguards.\n```\n"),
                CompareRecord.position("early", by: ["acme"], "2023-02", draft: "zero", "```proposal preamble__rec_1\nNoting,\n```\n\n```proposal art_24\nText.\n```\n"),
            ],
            stakeholders: [CompareRecord.stakeholder("acme", "ACME")]
        )
        let comparison = record.compare().comparison
        #expect(comparison.proposals.map { "\($0.positionID) \($0.anchor)" } == ["early preamble__rec_1", "early art_24", "late art_24__para_1"])
        #expect(comparison.proposals(in: "early").count == 2)
        let row = comparison.concordance.index(draft: "zero", article: .article("24"))
        #expect(row.map(comparison.proposals(forProvision:)) == [1, 2])
    }

    @Test(arguments: [
        ("/articles/use-of-terms/#zero", "use-of-terms"),
        ("/articles/use-of-terms/", "use-of-terms"),
        ("/articles/", nil),
        ("/drafts/zero/#art_1", nil),
        ("/positions/acme/", nil),
    ] as [(String, String?)])
    func theKeyOfALockedProvisionAddress(_ address: String, _ key: String?) {
        #expect(ComparisonStage.provisionKey(inLockedAddress: address) == key)
    }

    @Test func aKeyInTheLockStaysWithItsProvision() {
        let v1 = CompareRecord.draft("v1", "First", "2023-01", "## Article 36\nEach State Party shall protect personal data.\n")
        let v2 = CompareRecord.draft("v2", "Second", "2023-06", "## Article 36. Protection of personal data\nEach State Party shall protect personal data.\n")
        let unlocked = CompareRecord(drafts: [v1, v2]).compare().comparison
        #expect(unlocked.concordance.provisions.map(\.key) == ["article-36"])
        let locked = CompareRecord(drafts: [v1, v2], lock: ["/drafts/v2/#art_36", "/articles/protection-of-personal-data/#v2"]).compare().comparison
        #expect(locked.concordance.provisions.map(\.key) == ["protection-of-personal-data"])
    }
}
