/// A document citing a provision, with a link to each passage, for the `citing-document` partial.
struct CitingDocument: TemplateContext {
    static let fields = ["title", "date_display", "passages"]

    var title: String
    var dateDisplay: String
    var passages: [PassageLink]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "date_display": .string(dateDisplay)
        case "passages": .list(passages)
        default: nil
        }
    }
}
