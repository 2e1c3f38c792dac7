/// The `position` template: one document with its anchors, metadata and how to cite it.
struct PositionPageContext: TemplateContext {
    static let fields = PositionSummary.fields + ["body", "toc", "has_toc", "draft", "session", "symbol", "source", "cite_text", "cite_bibtex_html", "cite_json_html"]

    /// Answers every name not below, as a `PositionSummary`.
    var summary: PositionSummary
    /// The document (HTML, UTF-8: written into the page as it is), proposals rendered by
    /// the `proposal` partial.
    var body: [UInt8]
    var toc: [PositionTocEntry]
    var hasToc: Bool
    /// The draft the document cites.
    var draft: DraftSummary?
    var session: SessionSummary?
    var symbol: String?
    var source: String?
    var citeText: String
    /// The BibTeX record, escaped (HTML).
    var citeBibtexHtml: String
    /// The CSL-JSON record, escaped (HTML).
    var citeJsonHtml: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "body": .utf8(body)
        case "toc": .list(toc)
        case "has_toc": .bool(hasToc)
        case "draft": draft.templateValue
        case "session": session.templateValue
        case "symbol": symbol.templateValue
        case "source": source.templateValue
        case "cite_text": .string(citeText)
        case "cite_bibtex_html": .string(citeBibtexHtml)
        case "cite_json_html": .string(citeJsonHtml)
        default: summary.value(named: name)
        }
    }
}
