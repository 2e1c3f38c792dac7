/// A draft's whole text, for the `draft-text` partial.
struct DraftTextContext: TemplateContext {
    static let fields = ["note", "preamble", "parts", "footnotes"]

    /// The editor's note before the text (HTML).
    var note: String?
    var preamble: DraftPreambleContext?
    var parts: [DraftPartContext]
    /// The notes (HTML).
    var footnotes: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "note": note.templateValue
        case "preamble": preamble.templateValue
        case "parts": .list(parts)
        case "footnotes": .string(footnotes)
        default: nil
        }
    }
}
