/// A part of a page that links may name but citations do not: not an ``Anchor``, never
/// locked (a page may drop it without breaking a citation).
public enum PageSection: Hashable, Sendable {
    /// On a provision's page, every passage citing it.
    case citedBy
    /// On a provision's page, what one stakeholder said about it, by the stakeholder's id.
    case stakeholder(String)

    /// The fragment: `cited_by`, `by_<stakeholder>`.
    public var id: String {
        switch self {
        case .citedBy: "cited_by"
        case .stakeholder(let id): "by_" + id
        }
    }
}
