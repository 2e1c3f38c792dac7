/// A document citing a provision, with a link to each passage, for the `citing-document` partial.
struct CitingDocument: TemplateContext {
    static let fields = ["title", "date_display", "passages"]

    var title: String
    var dateDisplay: String
    var passages: [PassageLink]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "date_display": dateDisplay
        case "passages": passages
        default: nil
        }
    }
}
