import Foundation

/// What `travaux new` was asked to create: a site in a new folder, or one content file with
/// the fields its kind needs.
public struct ScaffoldRequest: Sendable {
    public var kind: Scaffold.Kind
    /// The folder of a new site, or the id of a new document.
    public var name: String
    /// The site folder a document is added to.
    public var source = "."
    /// The title (a stakeholder's name); by default made from the id ("zero-draft" gives "Zero draft").
    public var title: String?
    /// The date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); by default the day of `now`.
    public var date: String?
    /// A position's stakeholders (ids of content/stakeholders/; at least one).
    public var stakeholders: [String] = []
    /// The draft a position comments on (an id of content/drafts/).
    public var draft: String?
    /// The clock, for the default date.
    public var now = Date()

    public init(kind: Scaffold.Kind, name: String) {
        self.kind = kind
        self.name = name
    }
}
