/// A reference in a citing sentence, marked, and the sentence's text after it up to the next one.
struct MarkedReference: TemplateContext {
    static let fields = ["text", "after"]

    var text: String
    var after: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": .string(text)
        case "after": .string(after)
        default: nil
        }
    }
}
