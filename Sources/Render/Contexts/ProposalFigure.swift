/// Text a position proposes, in the position, for the `proposal` partial.
struct ProposalFigure: TemplateContext {
    static let fields = ["anchor", "target", "target_href", "draft_title", "summary", "redline", "text"]

    /// The proposal block's anchor.
    var anchor: String
    /// `Art. 24(2)`.
    var target: String
    /// Percent-encoded.
    var targetHref: String
    var draftTitle: String
    var summary: String
    /// HTML.
    var redline: String
    /// The proposed text alone.
    var text: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "target": target
        case "target_href": targetHref
        case "draft_title": draftTitle
        case "summary": summary
        case "redline": redline
        case "text": text
        default: nil
        }
    }
}
