import Parallel
import Addressing
import Corpus
import Diagnostics
import Structure

/// The link stage: links the references of every position (to the draft it cites) and page
/// (to the latest draft), checks `stances`, and indexes the citations for backlinks.
public enum CitationStage {
    /// Takes the corpus, so that each document's unlinked tree is freed as soon as its linked
    /// one is made (the stage holds one copy of the documents, not two).
    public static func link(_ corpus: consuming StructuredCorpus) -> (StructuredCorpus, CitationIndex, [Diagnostic]) {
        let (scanner, known, heldBack) = context(of: corpus)
        var positions = corpus.positions
        corpus.positions = []
        let positionResults = parallelUpdate(&positions) { position -> ([CitedPassage], DiagnosticLog) in
            var log = DiagnosticLog()
            let source = position.source
            let draft = source.draft.flatMap { known[$0] }
            let linker = CitationLinker(scanner: scanner, draft: draft, drafts: known, heldBack: heldBack, documentID: source.id, path: source.path)
            let (document, citations) = linker.link(position.document, log: &log)
            position.document = document
            checkStances(source, draft: draft, log: &log)
            return (citations, log)
        }
        let latest = corpus.drafts.last.flatMap { known[$0.source.id] }
        var pages = corpus.pages
        corpus.pages = []
        let pageLogs = parallelUpdate(&pages) { page -> DiagnosticLog in
            var log = DiagnosticLog()
            let linker = CitationLinker(scanner: scanner, draft: latest, drafts: known, heldBack: heldBack, documentID: page.source.id, path: page.source.path)
            page.document = linker.link(page.document, log: &log).0
            return log
        }
        var log = DiagnosticLog()
        corpus.positions = positions
        corpus.pages = pages
        for (_, positionLog) in positionResults { log.append(contentsOf: positionLog.diagnostics) }
        for pageLog in pageLogs { log.append(contentsOf: pageLog.diagnostics) }
        // Half a million citations on a large record: gathered into one array sized up front.
        var passages: [CitedPassage] = []
        passages.reserveCapacity(positionResults.reduce(0) { $0 + $1.0.count })
        for (citations, _) in positionResults { passages += citations }
        return (corpus, CitationIndex(passages: passages), log.sorted)
    }

    /// What linking a document of `corpus` reads: the scanner, the drafts' anchors by id, the
    /// drafts held back.
    private static func context(of corpus: StructuredCorpus) -> (ReferenceScanner, [String: DraftAnchors], Set<String>) {
        let scanner = ReferenceScanner(externalInstruments: corpus.site.externalInstruments, instrument: corpus.site.instrument)
        var drafts: [String: DraftAnchors] = [:]
        for draft in corpus.drafts {
            drafts[draft.source.id] = DraftAnchors(draftID: draft.source.id, title: draft.source.title, path: draft.source.path, text: draft.text)
        }
        return (scanner, drafts, Set(corpus.heldBack.filter { $0.kind == .draft }.map(\.id)))
    }

    /// One position of `corpus` linked as ``link(_:)`` links each (its stances checked), with
    /// the citations it makes: for `travaux serve`'s page of an edited position.
    public static func link(_ position: StructuredCorpus.Position, in corpus: StructuredCorpus) -> (StructuredCorpus.Position, [CitedPassage], [Diagnostic]) {
        let (scanner, known, heldBack) = context(of: corpus)
        var log = DiagnosticLog()
        let source = position.source
        let draft = source.draft.flatMap { known[$0] }
        let linker = CitationLinker(scanner: scanner, draft: draft, drafts: known, heldBack: heldBack, documentID: source.id, path: source.path)
        var linked = position
        let citations: [CitedPassage]
        (linked.document, citations) = linker.link(position.document, log: &log)
        checkStances(source, draft: draft, log: &log)
        return (linked, citations, log.sorted)
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
