import Addressing
import Corpus
import Diagnostics
import Markdown
import Structure
import Testing
@testable import Citations

/// The link stage over a corpus: positions linked to the draft they cite, pages to the
/// latest draft, stances checked, citations indexed.
@Suite struct CitationStageTests {
    static let zero = draft("zero", "Zero draft", "2023-01", "# Chapter I. General\n## Article 1. Purposes\nText.\n## Article 4 bis\n1. One.\n")
    static let revised = draft("revised", "Revised draft", "2023-06", "## Article 1. Purposes\nText.\n## Article 2. Scope\nText.\n## Article 3. Terms\n1. One.\n")

    static func draft(_ id: String, _ title: String, _ date: String, _ body: String) -> DraftSource {
        DraftSource(
            id: id, path: "content/drafts/\(id).md", title: title, date: PartialDate(date)!, symbol: nil, session: nil,
            status: nil, source: nil, body: SourceText(text: body, firstLine: 5)
        )
    }

    static func position(
        _ id: String, _ date: String, draft: String?, stances: [(String, PositionSource.Stance.Value)] = [], _ body: String = "Text.\n"
    ) -> PositionSource {
        PositionSource(
            id: id, path: "content/positions/\(id).md", title: id, stakeholders: ["acme"], date: PartialDate(date)!,
            kind: .statement, draft: draft, session: nil, symbol: nil, source: nil,
            stances: stances.enumerated().map { PositionSource.Stance(article: $1.0, stance: $1.1, note: nil, line: 8 + $0) },
            body: SourceText(text: body, firstLine: 12)
        )
    }

    func link(
        drafts: [DraftSource] = [zero, revised], positions: [PositionSource] = [], pages: [PageSource] = []
    ) -> (StructuredCorpus, CitationIndex, [String]) {
        let corpus = Corpus(
            site: SiteConfig(title: "Record", baseURL: "https://example.org/"), stakeholders: [], drafts: drafts,
            positions: positions, sessions: [], pages: pages
        )
        let (structured, _) = Structurer.structure(corpus)
        let (linked, index, diagnostics) = CitationStage.link(structured)
        return (linked, index, diagnostics.map(\.description))
    }

    func html(_ document: AnchoredDocument) -> String {
        var renderer = HTMLRenderer(options: .init(linkRoot: "../../"))
        return renderer.render(document.document)
    }

    // MARK: Stances

    @Test func aStanceOnAnArticleTheCitedDraftLacksIsAnErrorOnItsLine() {
        let (_, _, diagnostics) = link(positions: [Self.position("p", "2023-02", draft: "zero", stances: [("1", .support), ("3", .amend), ("4 bis", .oppose)])])
        #expect(diagnostics == [
            "content/positions/p.md:9: error: stance on Article 3, which Zero draft (content/drafts/zero.md) does not have; use the article's number in that draft",
        ])
    }

    @Test func aStanceWithoutACitedDraftIsAnError() {
        let (_, _, diagnostics) = link(positions: [Self.position("p", "2023-02", draft: nil, stances: [("1", .support)])])
        #expect(diagnostics == [
            "content/positions/p.md:8: error: stance on Article 1, but the document cites no draft: set 'draft:' to the draft whose numbering it uses",
        ])
    }

    @Test func stancesAreCheckedAgainstTheDraftAsGiven() {
        let zero = DraftAnchors(draftID: "zero", title: "Zero draft", path: "content/drafts/zero.md", text: CitationLinkerTests.draftText)
        var log = DiagnosticLog()
        CitationStage.checkStances(Self.position("p", "2023-02", draft: "zero", stances: [("24", .concern), ("25", .delete)]), draft: zero, log: &log)
        #expect(log.sorted.map(\.description) == [
            "content/positions/p.md:9: error: stance on Article 25, which Zero draft (content/drafts/zero.md) does not have; use the article's number in that draft",
        ])
    }

    // MARK: Linking

    @Test func eachPositionLinksToTheDraftItCites() {
        let (linked, index, diagnostics) = link(positions: [
            Self.position("early", "2023-02", draft: "zero", "We support Article 4 bis.\n"),
            Self.position("late", "2023-07", draft: "revised", "Article 3(1) is better.\n"),
        ])
        #expect(diagnostics.isEmpty)
        #expect(index.passages.map { "\($0.documentID) \($0.draftID) \($0.anchors.map(\.id))" } == [
            "early zero [\"art_4bis\"]", "late revised [\"art_3__para_1\"]",
        ])
        #expect(html(linked.positions[0].document).contains("href=\"../../drafts/zero/index.html#art_4bis\""))
        #expect(html(linked.positions[1].document).contains("href=\"../../drafts/revised/index.html#art_3__para_1\""))
    }

    @Test func aReferenceTheCitedDraftLacksIsAnErrorOfThatPosition() {
        let (_, index, diagnostics) = link(positions: [Self.position("early", "2023-02", draft: "zero", "Article 3 is new.\n")])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/positions/early.md:12: error: 'Article 3': Article 3 is not in Zero draft") == true)
        #expect(index.passages.isEmpty)
    }

    @Test func pagesLinkToTheLatestDraftAndAreNotIndexed() {
        let page = PageSource(id: "about", path: "content/pages/about.md", title: "About", description: nil, body: SourceText(text: "Article 2 is new.\n", firstLine: 4))
        let (linked, index, diagnostics) = link(pages: [page])
        #expect(diagnostics.isEmpty)
        #expect(html(linked.pages[0].document).contains("href=\"../../drafts/revised/index.html#art_2\""))
        #expect(index.passages.isEmpty)
    }

    @Test func theIndexHoldsEveryPositionsCitationsInCorpusOrder() {
        let (_, index, _) = link(positions: [
            Self.position("later", "2023-05", draft: "zero", "Article 1 again.\n"),
            Self.position("earlier", "2023-02", draft: "zero", "Article 1 first.\n\nArticle 4 bis too.\n"),
        ])
        #expect(index.passages.map { "\($0.documentID)#\($0.passageAnchor)" } == ["earlier#p_1", "earlier#p_2", "later#p_1"])
        #expect(index.indices(citing: [("zero", .article("1"))]) == [0, 2])
    }

    @Test func theProblemsOfEveryDocumentAreReportedSorted() {
        let (_, _, diagnostics) = link(positions: [
            Self.position("b", "2023-02", draft: "zero", "Article 77.\n"),
            Self.position("a", "2023-03", draft: "zero", stances: [("9", .add)]),
        ])
        #expect(diagnostics.map { $0.prefix { $0 != " " } } == ["content/positions/a.md:8:", "content/positions/b.md:12:"])
    }
}
