/// A heading in a document's table of contents.
struct PositionTocEntry: TemplateContext {
    static let fields = ["anchor", "label", "level"]

    var anchor: String
    var label: String
    var level: Int

    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        case "level": level
        default: nil
        }
    }
}
