/// A heading in a document's table of contents.
struct PositionTocEntry: TemplateContext {
    static let fields = ["anchor", "label", "level"]

    var anchor: String
    var label: String
    var level: Int

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "label": .string(label)
        case "level": .int(level)
        default: nil
        }
    }
}
