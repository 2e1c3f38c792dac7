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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "target": .string(target)
        case "target_href": .string(targetHref)
        case "draft_title": .string(draftTitle)
        case "summary": .string(summary)
        case "redline": .string(redline)
        case "text": .string(text)
        default: nil
        }
    }
}
