/// The `page` template: a free page.
struct FreePageContext: TemplateContext {
    static let fields = ["title", "body"]

    var title: String
    /// The page (HTML).
    var body: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "body": body
        default: nil
        }
    }
}
