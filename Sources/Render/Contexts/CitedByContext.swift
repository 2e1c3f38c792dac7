/// The passages citing an article, under it on the draft page, for the `cited-by` partial.
struct CitedByContext: TemplateContext {
    static let fields = ["count", "passages", "more"]

    /// `12 passages`.
    var count: String
    /// The latest, at most 50.
    var passages: [CitingPassage]
    var more: EarlierPassages?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "count": .string(count)
        case "passages": .list(passages)
        case "more": more.templateValue
        default: nil
        }
    }
}
