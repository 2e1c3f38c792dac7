/// An option of the matrix filters.
struct FilterOption: TemplateContext {
    static let fields = ["value", "label"]

    var value: String
    var label: String

    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        default: nil
        }
    }
}
