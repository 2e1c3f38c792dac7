/// What a draft holds of a provision, for the `concordance-cell` partial.
struct ConcordanceCell: TemplateContext {
    static let fields = ["class", "article", "was", "retitled", "reworded", "split_from", "added", "title", "number_basis", "merged_into", "part_of", "missing"]

    /// `present renumbered`, `absent merged`, ...
    var cssClass: String
    /// The article in this draft.
    var article: CellLink?
    /// The previous draft's number, when it changed.
    var was: String?
    var retitled: Bool
    /// The changes in its words from the previous draft, on the provision's page
    /// (percent-encoded), when its words changed.
    var reworded: String? = nil
    /// The article it was split from, in its first draft.
    var splitFrom: CellLink?
    /// New in this draft.
    var added: Bool
    var title: String?
    /// When aligned on the article number alone: what that means.
    var numberBasis: String?
    var mergedInto: CellLink?
    var partOf: CellLink?
    /// The record of this draft does not hold the provision.
    var missing: Bool

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "class": .string(cssClass)
        case "article": article.templateValue
        case "was": was.templateValue
        case "retitled": .bool(retitled)
        case "reworded": reworded.templateValue
        case "split_from": splitFrom.templateValue
        case "added": .bool(added)
        case "title": title.templateValue
        case "number_basis": numberBasis.templateValue
        case "merged_into": mergedInto.templateValue
        case "part_of": partOf.templateValue
        case "missing": .bool(missing)
        default: nil
        }
    }
}
