/// A preambular paragraph.
struct RecitalContext: TemplateContext {
    static let fields = ["anchor", "number", "text"]

    var anchor: String
    var number: Int
    /// HTML.
    var text: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "number": .int(number)
        case "text": .string(text)
        default: nil
        }
    }
}
