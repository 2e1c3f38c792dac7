/// A draft's preamble.
struct DraftPreambleContext: TemplateContext {
    static let fields = ["anchor", "heading", "elements"]

    var anchor: String
    /// HTML.
    var heading: String
    var elements: [PreambleElementContext]

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "heading": heading
        case "elements": elements
        default: nil
        }
    }
}
