/// A draft's whole text, for the `draft-text` partial.
struct DraftTextContext: TemplateContext {
    static let fields = ["note", "preamble", "parts", "footnotes"]

    /// The editor's note before the text (HTML).
    var note: String?
    var preamble: DraftPreambleContext?
    var parts: [DraftPartContext]
    /// The notes (HTML).
    var footnotes: String

    func child(named name: String) -> Any? {
        switch name {
        case "note": note.templateValue
        case "preamble": preamble.templateValue
        case "parts": parts
        case "footnotes": footnotes
        default: nil
        }
    }
}
