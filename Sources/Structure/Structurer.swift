import Corpus
import Diagnostics

import Markdown

/// The structure stage: parses every Markdown body (through the one-at-a-time cmark lock),
/// structures drafts into articles, paragraphs and points, and anchors positions and pages.
public enum Structurer {
    /// Structures the corpus; documents are processed in parallel, results kept in corpus order.
    public static func structure(_ corpus: Corpus) -> (StructuredCorpus, [Diagnostic]) {
        let parser = MarkdownParser()
        let drafts = parallelMap(corpus.drafts) { draft -> (StructuredCorpus.Draft, DiagnosticLog) in
            var log = DiagnosticLog()
            let document = parser.parse(draft.body.text, firstLine: draft.body.firstLine)
            let text = DraftParser(path: draft.path).parse(document, log: &log)
            return (StructuredCorpus.Draft(source: draft, text: text), log)
        }
        let positions = parallelMap(corpus.positions) { position in
            StructuredCorpus.Position(
                source: position,
                document: AnchoredDocument(parser.parse(position.body.text, firstLine: position.body.firstLine))
            )
        }
        let pages = parallelMap(corpus.pages) { page in
            StructuredCorpus.Page(source: page, document: AnchoredDocument(parser.parse(page.body.text, firstLine: page.body.firstLine)))
        }
        let stakeholders = parallelMap(corpus.stakeholders) { stakeholder in
            StructuredCorpus.StakeholderProfile(source: stakeholder, description: parser.parse(stakeholder.body.text, firstLine: stakeholder.body.firstLine))
        }
        var log = DiagnosticLog()
        for (_, draftLog) in drafts { log.append(contentsOf: draftLog.diagnostics) }
        let structured = StructuredCorpus(
            site: corpus.site, sessions: corpus.sessions, drafts: drafts.map(\.0),
            positions: positions, pages: pages, stakeholders: stakeholders
        )
        return (structured, log.sorted)
    }
}

