/// A provision in the list of provisions: its numbers across drafts and how many address it.
struct ProvisionSummary: TemplateContext {
    static let fields = ["key", "title", "href", "numbers", "addressed_by", "has_addressed_by"]

    var key: String
    var title: String
    var href: String
    var numbers: [ProvisionNumber]
    /// How many stakeholders address the provision.
    var addressedBy: Int
    var hasAddressedBy: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "href": href
        case "numbers": numbers
        case "addressed_by": addressedBy
        case "has_addressed_by": hasAddressedBy
        default: nil
        }
    }
}
