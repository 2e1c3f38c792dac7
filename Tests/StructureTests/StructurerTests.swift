import Corpus
import Diagnostics
import Markdown
import Testing
@testable import Structure

/// The structure stage over a whole corpus: every body parsed and anchored, in corpus order,
/// and a warning wherever content will not be published as written.
@Suite struct StructurerTests {
    static let site = SiteConfig(title: "Record", baseURL: "https://example.org/")

    static func draft(_ id: String, _ body: String) -> DraftSource {
        DraftSource(
            id: id, path: "content/drafts/\(id).md", title: id, date: PartialDate("2023-01")!, symbol: nil, session: nil,
            status: nil, source: nil, body: SourceText(text: body, firstLine: 5)
        )
    }

    static func position(_ id: String, date: String = "2023-02", _ body: String) -> PositionSource {
        PositionSource(
            id: id, path: "content/positions/\(id).md", title: id, stakeholders: ["acme"], date: PartialDate(date)!,
            kind: .statement, draft: nil, session: nil, symbol: nil, source: nil, stances: [], body: SourceText(text: body, firstLine: 6)
        )
    }

    static func page(_ id: String, _ body: String) -> PageSource {
        PageSource(id: id, path: "content/pages/\(id).md", title: id, description: nil, body: SourceText(text: body, firstLine: 4))
    }

    static func stakeholder(_ id: String, _ body: String) -> Stakeholder {
        Stakeholder(id: id, path: "content/stakeholders/\(id).md", name: id, short: nil, kind: .other, url: nil, body: SourceText(text: body, firstLine: 4))
    }

    func structure(
        drafts: [DraftSource] = [], positions: [PositionSource] = [], pages: [PageSource] = [], stakeholders: [Stakeholder] = []
    ) -> (StructuredCorpus, [String]) {
        let corpus = Corpus(site: Self.site, stakeholders: stakeholders, drafts: drafts, positions: positions, sessions: [], pages: pages)
        let (structured, diagnostics) = Structurer.structure(corpus)
        return (structured, diagnostics.map(\.description))
    }

    static let why = "javascript:, vbscript:, file: and data: addresses could run script in a reader's browser or reveal local files, "
        + "so they are not published (data: only for PNG, GIF, JPEG and WebP images); use an http(s) address or remove the link"

    @Test func aScriptLinkIsAWarningOnItsLineNamingTheAddress() {
        let (_, diagnostics) = structure(positions: [Self.position("p", "Intro.\n\nSee [the text](javascript:alert(1)) here.\n")])
        #expect(diagnostics == ["content/positions/p.md:8: warning: the link to 'javascript:alert(1)' was left out (its text is kept): \(Self.why)"])
    }

    @Test func anImageWhoseDataIsNotARasterImageIsAWarning() {
        let (_, diagnostics) = structure(pages: [Self.page("about", "![chart](data:text/html;base64,PHNjcmlwdD4=)\n")])
        #expect(diagnostics == ["content/pages/about.md:4: warning: the image 'data:text/html;base64,PHNjcmlwdD4=' was replaced by its alt text: \(Self.why)"])
    }

    @Test func rasterImagesAndWebAddressesAreKeptWithoutAWord() {
        let body = "![dot](data:image/png;base64,iVBORw0KGgo=) [site](https://example.org) [mail](mailto:a@example.org) [up](../drafts/zero.md#art_1)\n"
        let (_, diagnostics) = structure(positions: [Self.position("p", body)])
        #expect(diagnostics.isEmpty)
    }

    @Test func aLongAddressIsShortenedInTheMessage() throws {
        let address = "javascript:" + String(repeating: "a", count: 100)
        let (_, diagnostics) = structure(positions: [Self.position("p", "[x](\(address))\n")])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.hasPrefix("content/positions/p.md:6: warning: the link to '\(address.prefix(57))...' was left out"))
    }

    @Test func contentNestedTooDeepIsAWarningOnTheFirstLineWhereItWasFlattened() {
        let deep = String(repeating: "> ", count: MarkdownParser.maximumDepth + 8) + "deep\n"
        let (_, diagnostics) = structure(positions: [Self.position("p", "Intro.\n\n" + deep + "\n" + deep)])
        #expect(diagnostics == [
            "content/positions/p.md:8: warning: quotes, lists, emphasis or links are nested more than \(MarkdownParser.maximumDepth) levels deep here; "
                + "what is nested deeper is shown as plain text: reduce the nesting",
        ])
    }

    @Test func draftsPagesAndStakeholderDescriptionsAreCheckedToo() {
        let (_, diagnostics) = structure(
            drafts: [Self.draft("zero", "## Article 1\nSee [this](vbscript:msgbox).\n")],
            pages: [Self.page("about", "Text.\n\n[local](file:///etc/passwd)\n")],
            stakeholders: [Self.stakeholder("acme", "[home](JavaScript:void(0))\n")]
        )
        #expect(diagnostics.map { $0.prefix { $0 != " " } } == [
            "content/drafts/zero.md:6:", "content/pages/about.md:6:", "content/stakeholders/acme.md:4:",
        ])
    }

    @Test func draftErrorsAreReportedWithTheirFileLines() {
        let (_, diagnostics) = structure(drafts: [Self.draft("zero", "## Article 1\nText.\n## Article 1\n")])
        #expect(diagnostics == [
            "content/drafts/zero.md:7: error: duplicate article: Article 1 is already on line 5; renumber one of them (or mark it 'bis')",
        ])
    }

    @Test func everyDocumentIsStructuredAndKeepsCorpusOrder() {
        let (structured, diagnostics) = structure(
            drafts: [Self.draft("zero", "# Chapter I\n## Article 1\n1. One.\n")],
            positions: [Self.position("later", date: "2023-05", "## Views\n\nOne.\n\n- a\n- b\n"), Self.position("earlier", date: "2023-02", "Text.\n")],
            pages: [Self.page("method", "How.\n"), Self.page("about", "What.\n")],
            stakeholders: [Self.stakeholder("acme", "A network.\n")]
        )
        #expect(diagnostics.isEmpty)
        #expect(structured.drafts.map { $0.text.anchors.map(\.id) } == [["chp_I", "art_1", "art_1__para_1"]])
        #expect(structured.positions.map(\.source.id) == ["earlier", "later"])
        #expect(structured.positions.last?.document.anchors.map(\.id) == ["views", "p_1", "p_2", "p_3"])
        #expect(structured.positions.last?.document.passages.map(\.line) == [8, 10, 11])
        #expect(structured.pages.map(\.source.id) == ["about", "method"])
        #expect(structured.stakeholders.first?.description.blocks.count == 1)
        #expect(structured.site == Self.site)
    }
}
