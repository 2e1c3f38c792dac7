/// The `page` template: a free page.
struct FreePageContext: TemplateContext {
    static let fields = ["title", "body"]

    var title: String
    /// The page (HTML).
    var body: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "title": .string(title)
        case "body": .string(body)
        default: nil
        }
    }
}
