import Citations
import Corpus
import Diagnostics
import Render
import Structure

extension Travaux {
    /// The structure and link stages of an incremental build (docs/serve.md, *What is rebuilt*):
    /// the positions and stakeholders the change touched are structured (and the positions
    /// linked) again, every other document is taken from the last build's record, and the
    /// translations are structured and linked as in a build. `nil` when the last build cannot
    /// lend its documents: it had diagnostics (which belong to documents it would not read
    /// again), or the site's settings, sessions, drafts, free pages or held-back documents
    /// differ from it (their files are read again by the load stage).
    ///
    /// Linking a position reads the site's settings and the drafts only, and structuring a
    /// document reads that document only, so a document whose file did not change is
    /// structured and linked as it was.
    static func reusedStructure(
        _ previous: Previous, corpus: Corpus
    ) -> (linked: StructuredCorpus, citations: CitationIndex, translations: TranslatedTexts, diagnostics: [Diagnostic])? {
        let old = previous.record.prepared
        guard previous.record.diagnostics.isEmpty, corpus.site == old.corpus.site, corpus.sessions == old.corpus.sessions,
              corpus.heldBack == old.corpus.heldBack,
              corpus.drafts.map(released) == old.corpus.drafts, corpus.pages.map(released) == old.corpus.pages
        else { return nil }
        let changes = previous.changes
        let oldPositions = Dictionary(old.linked.positions.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldStakeholders = Dictionary(old.linked.stakeholders.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A document is structured again when its file changed or it is new; a front matter
        // that differs from the record's counts as a change whatever the paths said.
        let renewedPositions = Set(corpus.positions.filter { source in
            changes.positions.contains(source.id) || oldPositions[source.id].map { $0.source != released(source) } ?? true
        }.map(\.id))
        let renewedStakeholders = Set(corpus.stakeholders.filter { source in
            changes.stakeholders.contains(source.id) || oldStakeholders[source.id].map { $0.source != released(source) } ?? true
        }.map(\.id))
        var changed = corpus
        changed.drafts = []
        changed.pages = []
        changed.positions = corpus.positions.filter { renewedPositions.contains($0.id) }
        changed.stakeholders = corpus.stakeholders.filter { renewedStakeholders.contains($0.id) }
        let (fresh, structureDiagnostics) = Structurer.structure(changed)
        var log = DiagnosticLog()
        log.append(contentsOf: structureDiagnostics)

        var linked = old.linked
        linked.site = corpus.site
        linked.sessions = corpus.sessions
        linked.heldBack = corpus.heldBack
        let freshStakeholders = Dictionary(fresh.stakeholders.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        linked.stakeholders = corpus.stakeholders.compactMap { freshStakeholders[$0.id] ?? oldStakeholders[$0.id] }
        // Each renewed position linked as the link stage links it, against the same drafts.
        var freshPositions: [String: (StructuredCorpus.Position, [CitedPassage])] = [:]
        for position in fresh.positions {
            let (linkedPosition, citations, diagnostics) = CitationStage.link(position, in: linked)
            freshPositions[position.source.id] = (linkedPosition, citations)
            log.append(contentsOf: diagnostics)
        }
        var oldCitations: [String: [CitedPassage]] = [:]
        for passage in old.citations.passages { oldCitations[passage.documentID, default: []].append(passage) }
        var passages: [CitedPassage] = []
        linked.positions = corpus.positions.compactMap { source in
            if let (position, citations) = freshPositions[source.id] {
                passages += citations
                return position
            }
            passages += oldCitations[source.id] ?? []
            return oldPositions[source.id]
        }
        // The translations as a build makes them (they read the drafts and the positions).
        var (translations, translationDiagnostics) = TranslatedTexts.structure(corpus, drafts: linked.drafts)
        log.append(contentsOf: translationDiagnostics)
        log.append(contentsOf: translations.link(with: linked))
        return (linked, CitationIndex(passages: passages), translations, log.sorted)
    }

    /// `document` with its bodies emptied, as the record keeps it.
    private static func released<Document: BodiedDocument>(_ document: Document) -> Document {
        var document = document
        document.body.release()
        document.releaseTranslationBodies()
        return document
    }
}
