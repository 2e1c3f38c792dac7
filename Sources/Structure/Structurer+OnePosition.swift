import Corpus
import Diagnostics
import Markdown

extension Structurer {
    /// One position structured as ``structure(_:)`` structures each: its body parsed and
    /// anchored, the source without its body.
    public static func position(_ source: PositionSource) -> (StructuredCorpus.Position, [Diagnostic]) {
        var log = DiagnosticLog()
        let document = AnchoredDocument(MarkdownParser().parse(source.body.text, firstLine: source.body.firstLine))
        reportChangedContent(document.document, path: source.path, log: &log)
        var released = source
        released.body.release()
        return (StructuredCorpus.Position(source: released, document: document), log.sorted)
    }
}
