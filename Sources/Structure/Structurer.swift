import Parallel
import Corpus
import Diagnostics

import Markdown

/// The structure stage: parses every Markdown body (through the one-at-a-time cmark lock),
/// structures drafts into articles, paragraphs and points, and anchors positions and pages.
public enum Structurer {
    /// Structures the corpus; documents are processed in parallel, results kept in corpus order.
    /// The sources the result holds have no Markdown body: their parsed tree replaces it
    /// (``Corpus/releaseBodies()`` empties the caller's copy too).
    public static func structure(_ corpus: Corpus) -> (StructuredCorpus, [Diagnostic]) {
        let parser = MarkdownParser()
        let drafts = parallelMap(corpus.drafts) { draft -> (StructuredCorpus.Draft, DiagnosticLog) in
            var log = DiagnosticLog()
            let document = parser.parse(draft.body.text, firstLine: draft.body.firstLine)
            let text = DraftParser(path: draft.path).parse(document, log: &log)
            reportChangedContent(document, path: draft.path, log: &log)
            var source = draft
            source.body.release()
            return (StructuredCorpus.Draft(source: source, text: text), log)
        }
        let positions = parallelMap(corpus.positions) { position in
            let document = AnchoredDocument(parser.parse(position.body.text, firstLine: position.body.firstLine))
            var source = position
            source.body.release()
            return StructuredCorpus.Position(source: source, document: document)
        }
        let pages = parallelMap(corpus.pages) { page in
            let document = AnchoredDocument(parser.parse(page.body.text, firstLine: page.body.firstLine))
            var source = page
            source.body.release()
            return StructuredCorpus.Page(source: source, document: document)
        }
        let stakeholders = parallelMap(corpus.stakeholders) { stakeholder in
            let description = parser.parse(stakeholder.body.text, firstLine: stakeholder.body.firstLine)
            var source = stakeholder
            source.body.release()
            return StructuredCorpus.StakeholderProfile(source: source, description: description)
        }
        var log = DiagnosticLog()
        for (_, draftLog) in drafts { log.append(contentsOf: draftLog.diagnostics) }
        for position in positions { reportChangedContent(position.document.document, path: position.source.path, log: &log) }
        for page in pages { reportChangedContent(page.document.document, path: page.source.path, log: &log) }
        for stakeholder in stakeholders { reportChangedContent(stakeholder.description, path: stakeholder.source.path, log: &log) }
        var structured = StructuredCorpus(
            site: corpus.site, sessions: corpus.sessions, drafts: drafts.map(\.0),
            positions: positions, pages: pages, stakeholders: stakeholders
        )
        structured.heldBack = corpus.heldBack
        return (structured, log.sorted)
    }

    /// A warning for each link or image the HTML renderer will leave out, and for content
    /// nested too deep to keep its structure, so that content is never changed without a word.
    static func reportChangedContent(_ document: MarkdownDocument, path: String, log: inout DiagnosticLog) {
        if let line = document.flattenedLines.min() {
            log.warning(path, line: line, "quotes, lists, emphasis or links are nested more than \(MarkdownParser.maximumDepth) levels deep here; "
                + "what is nested deeper is shown as plain text: reduce the nesting")
        }
        for link in document.unsafeLinks {
            let shown = link.destination.count > 60 ? link.destination.prefix(57) + "..." : link.destination
            let what = link.isImage ? "the image '\(shown)' was replaced by its alt text" : "the link to '\(shown)' was left out (its text is kept)"
            log.warning(path, line: link.line, "\(what): javascript:, vbscript:, file: and data: addresses could run script in a reader's browser "
                + "or reveal local files, so they are not published (data: only for PNG, GIF, JPEG and WebP images); use an http(s) address or remove the link")
        }
    }
}
