/// An article of a draft page, for the `draft-article` partial.
struct DraftArticleContext: TemplateContext {
    static let fields = ["anchor", "number", "label", "title", "provision", "content", "cited_by"]

    var anchor: String
    var number: String
    /// The heading before the title: "Article 24" in the default language, the heading as a
    /// translation writes it in another ("Article premier. Objet", "第一条 目的", its title
    /// then being part of it).
    var label: String
    var title: String?
    /// The article's page across drafts.
    var provision: ProvisionLink?
    var content: [DraftContentContext]
    /// The passages citing it: `cited-by`.
    var citedBy: CitedByContext?

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "anchor": .string(anchor)
        case "number": .string(number)
        case "label": .string(label)
        case "title": title.templateValue
        case "provision": provision.templateValue
        case "content": .list(content)
        case "cited_by": citedBy.templateValue
        default: nil
        }
    }
}
