/// The chapters of one draft, in the matrix filters.
struct ChapterFilterGroup: TemplateContext {
    static let fields = ["draft", "chapters"]

    var draft: String
    var chapters: [FilterOption]

    func child(named name: String) -> Any? {
        switch name {
        case "draft": draft
        case "chapters": chapters
        default: nil
        }
    }
}
