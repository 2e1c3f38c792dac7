/// A language of the switcher: the page in that language, named in it.
struct LanguageChoice: TemplateContext {
    static let fields = ["code", "name", "href", "current", "dir"]

    var code: String
    /// The language's name in itself ("Français").
    var name: String
    /// The relative link to the page in that language (the fragment is carried by script).
    var href: String
    /// Whether this is the page's language.
    var current: Bool
    var dir: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "code": .string(code)
        case "name": .string(self.name)
        case "href": .string(href)
        case "current": .bool(current)
        case "dir": .string(dir)
        default: nil
        }
    }
}
