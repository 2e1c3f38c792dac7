/// The link from an article of a draft to its page across drafts.
struct ProvisionLink: TemplateContext {
    static let fields = ["href", "label"]

    /// Percent-encoded.
    var href: String
    /// `Across drafts (3 versions)` or `Provision page`.
    var label: String

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "href": .string(href)
        case "label": .string(label)
        default: nil
        }
    }
}
