/// The chapters of one draft, in the matrix filters.
struct ChapterFilterGroup: TemplateContext {
    static let fields = ["draft", "chapters"]

    var draft: String
    var chapters: [FilterOption]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "draft": .string(draft)
        case "chapters": .list(chapters)
        default: nil
        }
    }
}
