/// A preambular paragraph.
struct RecitalContext: TemplateContext {
    static let fields = ["anchor", "number", "text"]

    var anchor: String
    var number: Int
    /// HTML.
    var text: String

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "number": number
        case "text": text
        default: nil
        }
    }
}
