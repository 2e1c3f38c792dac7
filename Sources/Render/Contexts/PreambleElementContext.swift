/// A recital, or a block of text between recitals, for the `draft-preamble-element` partial.
struct PreambleElementContext: TemplateContext {
    static let fields = ["recital", "block"]

    var recital: RecitalContext?
    /// HTML.
    var block: String?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "recital": recital.templateValue
        case "block": block.templateValue
        default: nil
        }
    }
}
