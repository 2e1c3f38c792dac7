/// What encloses every page template's context (and the partials it includes): the
/// interface strings in the page's language, `{{t.key}}` (docs/languages.md).
struct PageScope: TemplateContext {
    static let fields = ["t"]

    var t: InterfaceStrings

    @inline(__always) func value(named name: String) -> TemplateValue? {
        name == "t" ? .context(t) : nil
    }
}
