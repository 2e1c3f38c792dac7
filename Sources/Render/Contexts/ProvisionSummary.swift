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

    @inline(__always) func value(named name: String) -> TemplateValue? {
        switch name {
        case "key": .string(key)
        case "title": .string(title)
        case "href": .string(href)
        case "numbers": .list(numbers)
        case "addressed_by": .int(addressedBy)
        case "has_addressed_by": .bool(hasAddressedBy)
        default: nil
        }
    }
}
