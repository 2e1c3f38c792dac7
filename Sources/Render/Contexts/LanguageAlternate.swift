/// A version of the page in another language, for `<link rel="alternate" hreflang>`: its
/// tag (or `x-default`) and public address.
struct LanguageAlternate: TemplateContext {
    static let fields = ["hreflang", "href"]

    var hreflang: String
    var href: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "hreflang": .string(hreflang)
        case "href": .string(href)
        default: nil
        }
    }
}
