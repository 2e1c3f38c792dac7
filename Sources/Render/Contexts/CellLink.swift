/// An article named in a narrow cell: `Art.` and the rest, joined by a no-break space.
struct CellLink: TemplateContext {
    static let fields = ["href", "first", "rest"]

    /// Percent-encoded.
    var href: String
    /// The label up to its first space: `Art.`.
    var first: String
    /// The label after it: `24(2)`.
    var rest: String?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": .string(href)
        case "first": .string(first)
        case "rest": rest.templateValue
        default: nil
        }
    }
}
