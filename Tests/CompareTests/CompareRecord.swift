import Citations
import Corpus
import Structure
@testable import Compare

/// A small record in memory, run through the structure, link and compare stages.
struct CompareRecord {
    var drafts: [DraftSource] = []
    var positions: [PositionSource] = []
    var stakeholders: [Stakeholder] = []
    /// The lines of `anchors.lock`.
    var lock: [String] = []

    /// A draft whose body starts on line 5.
    static func draft(_ id: String, _ title: String, _ date: String, _ body: String) -> DraftSource {
        DraftSource(
            id: id, path: "content/drafts/\(id).md", title: title, date: PartialDate(date)!, symbol: nil, session: nil,
            status: nil, source: nil, body: SourceText(text: body, firstLine: 5)
        )
    }

    /// A position whose stances are on lines 10, 11, ... and whose body starts on line 20.
    static func position(
        _ id: String, by stakeholders: [String], _ date: String, draft: String?,
        stances: [(String, PositionSource.Stance.Value)] = [], _ body: String
    ) -> PositionSource {
        PositionSource(
            id: id, path: "content/positions/\(id).md", title: id, stakeholders: stakeholders, date: PartialDate(date)!,
            kind: .statement, draft: draft, session: nil, symbol: nil, source: nil,
            stances: stances.enumerated().map { PositionSource.Stance(article: $1.0, stance: $1.1, note: nil, line: 10 + $0) },
            body: SourceText(text: body, firstLine: 20)
        )
    }

    static func stakeholder(_ id: String, _ name: String) -> Stakeholder {
        Stakeholder(id: id, path: "content/stakeholders/\(id).md", name: name, short: nil, kind: .other, url: nil, body: SourceText(text: "", firstLine: 4))
    }

    /// The record after the compare stage, with every diagnostic of the three stages.
    struct Result {
        var corpus: Corpus
        var linked: StructuredCorpus
        var citations: CitationIndex
        var comparison: Comparison
        var diagnostics: [String]
    }

    func compare() -> Result {
        let corpus = Corpus(
            site: SiteConfig(title: "Record", baseURL: "https://example.org/"), stakeholders: stakeholders, drafts: drafts,
            positions: positions, sessions: [], pages: [],
            anchorLock: lock.enumerated().map { LockedAddress(address: $1, line: $0 + 1) }
        )
        let (structured, structureDiagnostics) = Structurer.structure(corpus)
        let (linked, citations, linkDiagnostics) = CitationStage.link(structured)
        let (comparison, compareDiagnostics) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        let diagnostics = (structureDiagnostics + linkDiagnostics + compareDiagnostics).map(\.description)
        return Result(corpus: corpus, linked: linked, citations: citations, comparison: comparison, diagnostics: diagnostics)
    }
}
