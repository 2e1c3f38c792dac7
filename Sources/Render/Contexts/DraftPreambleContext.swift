/// A draft's preamble.
struct DraftPreambleContext: TemplateContext {
    static let fields = ["anchor", "heading", "elements"]

    var anchor: String
    /// HTML.
    var heading: String
    var elements: [PreambleElementContext]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "heading": .string(heading)
        case "elements": .list(elements)
        default: nil
        }
    }
}
