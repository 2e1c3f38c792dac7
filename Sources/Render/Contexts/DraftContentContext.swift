/// A numbered paragraph, or text outside them, for the `draft-content` partial.
struct DraftContentContext: TemplateContext {
    static let fields = ["paragraph", "nodes"]

    var paragraph: DraftParagraphContext?
    /// Text outside numbered paragraphs.
    var nodes: [DraftNodeContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "paragraph": paragraph.templateValue
        case "nodes": .list(nodes)
        default: nil
        }
    }
}
