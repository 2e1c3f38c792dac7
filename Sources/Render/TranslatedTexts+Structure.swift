import Addressing
import Compare
import Corpus
import Diagnostics
import Markdown
import Parallel
import Structure

extension TranslatedTexts {
    /// The structure stage for translations: each translation's body parsed like its
    /// original's (a draft's by the draft parser, so its headings in its language give the
    /// original's anchors), and each draft translation checked against its original
    /// (``Structure/TranslationAlignment``): a missing or extra provision is an error at the
    /// translation's `path:line`.
    public static func structure(_ corpus: Corpus, drafts structured: [StructuredCorpus.Draft]) -> (TranslatedTexts, [Diagnostic]) {
        let parser = MarkdownParser()
        var texts = TranslatedTexts()
        var log = DiagnosticLog()
        let originals = Dictionary(structured.map { ($0.source.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let drafts = parallelMap(corpus.drafts) { draft -> (String, [(String, DraftText)], DiagnosticLog) in
            var draftLog = DiagnosticLog()
            var versions: [(String, DraftText)] = []
            for translation in draft.translations {
                let document = parser.parse(translation.body.text, firstLine: translation.body.firstLine)
                let text = DraftParser(path: translation.path).parse(document, log: &draftLog)
                if let original = originals[draft.id] {
                    draftLog.append(contentsOf: TranslationAlignment.check(
                        original: original, translation: text, path: translation.path, language: translation.language, originalPath: draft.path
                    ))
                }
                versions.append((translation.language, text))
            }
            return (draft.id, versions, draftLog)
        }
        for (id, versions, draftLog) in drafts {
            log.append(contentsOf: draftLog.diagnostics)
            if !versions.isEmpty { texts.drafts[id] = Dictionary(versions, uniquingKeysWith: { first, _ in first }) }
        }
        @Sendable func anchored(_ translations: [Translation]) -> [String: AnchoredDocument] {
            Dictionary(translations.map { translation in
                (translation.language, AnchoredDocument(parser.parse(translation.body.text, firstLine: translation.body.firstLine)))
            }, uniquingKeysWith: { first, _ in first })
        }
        let positions = parallelMap(corpus.positions.filter { !$0.translations.isEmpty }) { ($0.id, anchored($0.translations)) }
        for (id, versions) in positions { texts.positions[id] = versions }
        for page in corpus.pages where !page.translations.isEmpty { texts.pages[page.id] = anchored(page.translations) }
        for stakeholder in corpus.stakeholders where !stakeholder.translations.isEmpty {
            texts.stakeholders[stakeholder.id] = Dictionary(stakeholder.translations.map { translation in
                (translation.language, parser.parse(translation.body.text, firstLine: translation.body.firstLine))
            }, uniquingKeysWith: { first, _ in first })
        }
        return (texts, log.sorted)
    }
}

