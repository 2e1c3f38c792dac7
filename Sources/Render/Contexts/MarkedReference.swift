/// A reference in a citing sentence, marked, and the sentence's text after it up to the next one.
struct MarkedReference: TemplateContext {
    static let fields = ["text", "after"]

    var text: String
    var after: String

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "after": after
        default: nil
        }
    }
}
