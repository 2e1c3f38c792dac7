import Diagnostics
import Testing
@testable import Corpus

/// The ids content files name, checked against the ids content declares, and the draft each
/// position cites.
@Suite struct CrossReferencesTests {
    static let declared = DeclaredIDs(
        sessions: ["first-session", "second-session"], stakeholders: ["acme", "freedonia"],
        drafts: ["zero-draft", "rolling-text", "broken-draft"]
    )

    static func draft(_ id: String, _ date: String, session: String? = nil) -> DraftSource {
        var draft = DraftSource(
            id: id, path: "content/drafts/\(id).md", title: id, date: PartialDate(date)!, symbol: nil, session: session,
            status: nil, source: nil, body: SourceText(text: "", firstLine: 6)
        )
        draft.fieldLines = ["title": 2, "date": 3, "session": 4]
        return draft
    }

    static func position(
        _ id: String, _ date: String, stakeholders: [String] = ["acme"], draft: String? = nil, session: String? = nil
    ) -> PositionSource {
        var position = PositionSource(
            id: id, path: "content/positions/\(id).md", title: id, stakeholders: stakeholders, date: PartialDate(date)!,
            kind: .statement, draft: draft, session: session, symbol: nil, source: nil, stances: [], body: SourceText(text: "", firstLine: 8)
        )
        position.fieldLines = ["title": 2, "stakeholder": 3, "date": 4, "draft": 5, "session": 6]
        return position
    }

    /// The drafts that loaded: `broken-draft` is declared (its file exists) but did not load.
    static let drafts = [draft("zero-draft", "2023-01"), draft("rolling-text", "2023-06-15")]

    func check(drafts: [DraftSource] = drafts, positions: [PositionSource]) -> (Corpus, [String]) {
        var corpus = Corpus(
            site: SiteConfig(title: "T", baseURL: "https://example.org/"), stakeholders: [], drafts: drafts,
            positions: positions, sessions: [], pages: []
        )
        var log = DiagnosticLog()
        CrossReferences.check(&corpus, declared: Self.declared, log: &log)
        return (corpus, log.sorted.map(\.description))
    }

    @Test func anUnknownStakeholderIsAnErrorOnItsFieldLineWithTheClosestId() {
        let (_, diagnostics) = check(positions: [Self.position("p", "2023-03", stakeholders: ["freedonia", "acmee", "unesco"])])
        #expect(diagnostics == [
            "content/positions/p.md:3: error: unknown stakeholder 'acmee' (did you mean 'acme'?); add content/stakeholders/acmee.md or correct the id",
            "content/positions/p.md:3: error: unknown stakeholder 'unesco'; add content/stakeholders/unesco.md or correct the id",
        ])
    }

    @Test func anUnknownDraftIsAnErrorAndThePositionCitesNone() {
        let (corpus, diagnostics) = check(positions: [Self.position("p", "2023-07", draft: "zero-drat")])
        #expect(diagnostics == [
            "content/positions/p.md:5: error: unknown draft 'zero-drat' (did you mean 'zero-draft'?); add content/drafts/zero-drat.md or correct the id",
        ])
        #expect(corpus.positions[0].draft == nil)
    }

    @Test func aDraftThatFailedToLoadGivesNoSecondErrorButIsNotCited() {
        let (corpus, diagnostics) = check(positions: [Self.position("p", "2023-07", draft: "broken-draft")])
        #expect(diagnostics.isEmpty)
        #expect(corpus.positions[0].draft == nil)
    }

    @Test func aNamedDraftIsCitedWhateverItsDate() {
        let (corpus, diagnostics) = check(positions: [Self.position("p", "2023-03", draft: "rolling-text")])
        #expect(diagnostics.isEmpty)
        #expect(corpus.positions[0].draft == "rolling-text")
    }

    @Test func unknownSessionsOfDraftsAndPositionsAreErrorsOnTheirLines() {
        let (_, diagnostics) = check(
            drafts: [Self.draft("zero-draft", "2023-01", session: "first-sesion"), Self.draft("rolling-text", "2023-06", session: "first-session")],
            positions: [Self.position("p", "2023-03", session: "third-session")]
        )
        #expect(diagnostics == [
            "content/drafts/zero-draft.md:4: error: unknown session 'first-sesion' (did you mean 'first-session'?); add content/sessions.yml or correct the id",
            "content/positions/p.md:6: error: unknown session 'third-session'; add content/sessions.yml or correct the id",
        ])
    }

    @Test(arguments: [
        ("2023-03", "zero-draft"), ("2023-01", "zero-draft"), ("2023-06-15", "rolling-text"), ("2024", "rolling-text"),
        ("2022-12-31", nil), ("2023", nil),
    ] as [(String, String?)])
    func withoutADraftAPositionCitesTheLatestDraftDatedOnOrBeforeIt(_ date: String, _ cited: String?) {
        let (corpus, diagnostics) = check(positions: [Self.position("p", date)])
        #expect(diagnostics.isEmpty)
        #expect(corpus.positions[0].draft == cited)
    }
}
