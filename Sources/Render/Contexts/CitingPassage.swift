/// A sentence of a position citing a provision, for the `citing-passage` partial.
struct CitingPassage: TemplateContext {
    static let fields = ["href", "who", "title", "date_display", "paragraph", "sentence", "references"]

    /// The passage, percent-encoded.
    var href: String
    var who: String
    var title: String
    var dateDisplay: String
    /// `¶3`; absent for a heading.
    var paragraph: String?
    /// The sentence up to its first reference.
    var sentence: String
    /// Each reference to the provision, with the text after it.
    var references: [MarkedReference]

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": .string(href)
        case "who": .string(who)
        case "title": .string(title)
        case "date_display": .string(dateDisplay)
        case "paragraph": paragraph.templateValue
        case "sentence": .string(sentence)
        case "references": .list(references)
        default: nil
        }
    }
}
