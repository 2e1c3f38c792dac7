import Parallel
import Addressing
import Corpus
import Diagnostics
import Structure

/// The link stage: links the references of every position (to the draft it cites) and page
/// (to the latest draft), checks `stances`, and indexes the citations for backlinks.
public enum CitationStage {
    public static func link(_ corpus: StructuredCorpus) -> (StructuredCorpus, CitationIndex, [Diagnostic]) {
        var corpus = corpus
        let scanner = ReferenceScanner(externalInstruments: corpus.site.externalInstruments, instrument: corpus.site.instrument)
        var drafts: [String: DraftAnchors] = [:]
        for draft in corpus.drafts {
            drafts[draft.source.id] = DraftAnchors(draftID: draft.source.id, title: draft.source.title, path: draft.source.path, text: draft.text)
        }
        let known = drafts
        let positions = parallelMap(corpus.positions) { position -> (StructuredCorpus.Position, [CitedPassage], DiagnosticLog) in
            var log = DiagnosticLog()
            let source = position.source
            let draft = source.draft.flatMap { known[$0] }
            let linker = CitationLinker(scanner: scanner, draft: draft, drafts: known, documentID: source.id, path: source.path)
            var position = position
            let (document, citations) = linker.link(position.document, log: &log)
            position.document = document
            checkStances(source, draft: draft, log: &log)
            return (position, citations, log)
        }
        let latest = corpus.drafts.last.flatMap { known[$0.source.id] }
        let pages = parallelMap(corpus.pages) { page -> (StructuredCorpus.Page, DiagnosticLog) in
            var log = DiagnosticLog()
            let linker = CitationLinker(scanner: scanner, draft: latest, drafts: known, documentID: page.source.id, path: page.source.path)
            var page = page
            page.document = linker.link(page.document, log: &log).0
            return (page, log)
        }
        var log = DiagnosticLog()
        corpus.positions = positions.map(\.0)
        corpus.pages = pages.map(\.0)
        for (_, _, positionLog) in positions { log.append(contentsOf: positionLog.diagnostics) }
        for (_, pageLog) in pages { log.append(contentsOf: pageLog.diagnostics) }
        return (corpus, CitationIndex(passages: positions.flatMap(\.1)), log.sorted)
    }

    /// Each stance names an article of the cited draft.
    static func checkStances(_ position: PositionSource, draft: DraftAnchors?, log: inout DiagnosticLog) {
        for stance in position.stances {
            guard let draft else {
                log.error(position.path, line: stance.line, "stance on Article \(stance.article), but the document cites no draft: set 'draft:' to the draft whose numbering it uses")
                continue
            }
            if !draft.anchors.contains(.article(stance.article)) {
                log.error(position.path, line: stance.line, "stance on Article \(stance.article), which \(draft.title) (\(draft.path)) does not have; use the article's number in that draft")
            }
        }
    }
}
