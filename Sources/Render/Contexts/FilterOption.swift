/// An option of the matrix filters.
struct FilterOption: TemplateContext {
    static let fields = ["value", "label"]

    var value: String
    var label: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "value": .string(value)
        case "label": .string(label)
        default: nil
        }
    }
}
