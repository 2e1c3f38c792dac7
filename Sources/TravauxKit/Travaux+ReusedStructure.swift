import Citations
import Corpus
import Diagnostics
import Render
import Structure

extension Travaux {
    /// The structure and link stages of an incremental build (docs/serve.md, *What is rebuilt*):
    /// the positions, stakeholders and drafts the change touched are structured again, the
    /// positions that read a changed draft with them, and those positions (and, after a draft
    /// change, the free pages) linked again; every other document is taken from the last
    /// build's record, and the translations are structured and linked as in a build. `nil`
    /// when the last build cannot lend its documents: it had diagnostics (which belong to
    /// documents it would not read again), or the site's settings, sessions, free pages or
    /// held-back documents differ from it (their files are read again by the load stage).
    ///
    /// Structuring a document reads that document only. Linking a position reads the site's
    /// settings and, of the drafts, the one its `draft:` names and those its author's links
    /// name (`drafts/<id>.md#...`), so a position is linked again when it names a touched
    /// draft (changed, added or deleted) in either way; its body is searched for the draft's
    /// id, which finds every such link (and more, which costs only time). A free page is
    /// linked against the latest draft: after a draft change, every free page is linked again.
    ///
    /// As in a build, the documents are linked only when structuring them found no error
    /// (with `strict`, no warning): else the result holds the structure stage's diagnostics
    /// alone, and `linkDiagnostics` is empty.
    static func reusedStructure(
        _ previous: Previous, corpus: Corpus, strict: Bool
    ) -> (linked: StructuredCorpus, citations: CitationIndex, translations: TranslatedTexts, diagnostics: [Diagnostic], linkDiagnostics: [Diagnostic])? {
        let old = previous.record.prepared
        guard previous.record.diagnostics.isEmpty, corpus.site == old.corpus.site, corpus.sessions == old.corpus.sessions,
              corpus.heldBack == old.corpus.heldBack, corpus.pages.map(released) == old.corpus.pages
        else { return nil }
        let changes = previous.changes
        let oldPositions = Dictionary(old.linked.positions.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldStakeholders = Dictionary(old.linked.stakeholders.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldDrafts = Dictionary(old.linked.drafts.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldDraftSources = Dictionary(old.corpus.drafts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A document is structured again when its file changed or it is new; a front matter
        // that differs from the record's counts as a change whatever the paths said.
        var draftsOnly = corpus
        draftsOnly.positions = []
        draftsOnly.pages = []
        draftsOnly.stakeholders = []
        draftsOnly.drafts = corpus.drafts.filter { source in
            changes.drafts.contains(source.id) || oldDraftSources[source.id].map { $0 != released(source) } ?? true
        }
        let (freshDraftCorpus, draftDiagnostics) = Structurer.structure(draftsOnly)
        // The drafts a position may read differently: added, deleted, or whose front matter or
        // text differ (a translation's change alone leaves the draft as positions read it).
        let newDraftIDs = Set(corpus.drafts.map(\.id))
        let newDraftSources = Dictionary(corpus.drafts.map { ($0.id, released($0)) }, uniquingKeysWith: { first, _ in first })
        var touchedDrafts = Set(oldDrafts.keys.filter { !newDraftIDs.contains($0) })
        for draft in freshDraftCorpus.drafts {
            let id = draft.source.id
            if oldDraftSources[id] != newDraftSources[id] || oldDrafts[id]?.text != draft.text {
                touchedDrafts.insert(id)
            }
        }
        let touchedNames = touchedDrafts.sorted().map { Array($0.utf8) }
        let renewedPositions = Set(corpus.positions.filter { source in
            changes.positions.contains(source.id) || oldPositions[source.id].map { $0.source != released(source) } ?? true
                || source.draft.map(touchedDrafts.contains) ?? false
                || (!touchedNames.isEmpty && Self.mentions(source.body.text, anyOf: touchedNames))
        }.map(\.id))
        let renewedStakeholders = Set(corpus.stakeholders.filter { source in
            changes.stakeholders.contains(source.id) || oldStakeholders[source.id].map { $0.source != released(source) } ?? true
        }.map(\.id))
        var changed = corpus
        changed.drafts = []
        changed.pages = touchedDrafts.isEmpty ? [] : corpus.pages
        changed.positions = corpus.positions.filter { renewedPositions.contains($0.id) }
        changed.stakeholders = corpus.stakeholders.filter { renewedStakeholders.contains($0.id) }
        let (fresh, structureDiagnostics) = Structurer.structure(changed)
        var log = DiagnosticLog()
        log.append(contentsOf: draftDiagnostics)
        log.append(contentsOf: structureDiagnostics)

        var linked = old.linked
        linked.site = corpus.site
        linked.sessions = corpus.sessions
        linked.heldBack = corpus.heldBack
        let freshDrafts = Dictionary(freshDraftCorpus.drafts.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        linked.drafts = corpus.drafts.compactMap { freshDrafts[$0.id] ?? oldDrafts[$0.id] }
        let freshStakeholders = Dictionary(fresh.stakeholders.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        linked.stakeholders = corpus.stakeholders.compactMap { freshStakeholders[$0.id] ?? oldStakeholders[$0.id] }
        // The renewed positions (and pages) linked as the link stage links them, against the drafts as they are now.
        // The translations as a build makes them (they read the drafts, and are linked below).
        var (translations, translationDiagnostics) = TranslatedTexts.structure(corpus, drafts: linked.drafts)
        log.append(contentsOf: translationDiagnostics)
        guard !log.hasErrors(strict: strict) else { return (linked, old.citations, translations, log.sorted, []) }
        var linkLog = DiagnosticLog()
        var toLink = linked
        toLink.positions = fresh.positions
        toLink.pages = fresh.pages
        let (relinked, freshIndex, linkDiagnostics) = CitationStage.link(toLink)
        linkLog.append(contentsOf: linkDiagnostics)
        if !touchedDrafts.isEmpty { linked.pages = relinked.pages }
        let freshPositions = Dictionary(relinked.positions.map { ($0.source.id, $0) }, uniquingKeysWith: { first, _ in first })
        var citationsOf: [String: [CitedPassage]] = [:]
        for passage in old.citations.passages where !renewedPositions.contains(passage.documentID) {
            citationsOf[passage.documentID, default: []].append(passage)
        }
        for passage in freshIndex.passages { citationsOf[passage.documentID, default: []].append(passage) }
        var passages: [CitedPassage] = []
        linked.positions = corpus.positions.compactMap { source in
            passages += citationsOf[source.id] ?? []
            return freshPositions[source.id] ?? oldPositions[source.id]
        }
        linkLog.append(contentsOf: translations.link(with: linked))
        return (linked, CitationIndex(passages: passages), translations, log.sorted, linkLog.sorted)
    }

    /// Whether `text` holds one of `names` (UTF-8 bytes) anywhere.
    static func mentions(_ text: String, anyOf names: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            names.contains { name in
                guard let first = name.first, bytes.count >= name.count else { return false }
                var index = 0
                while index + name.count <= bytes.count {
                    if bytes[index] == first, name.indices.allSatisfy({ bytes[index + $0] == name[$0] }) { return true }
                    index += 1
                }
                return false
            }
        }
    }

    /// `document` with its bodies emptied, as the record keeps it.
    private static func released<Document: BodiedDocument>(_ document: Document) -> Document {
        var document = document
        document.body.release()
        document.releaseTranslationBodies()
        return document
    }
}
