import Addressing
/// One provision of the negotiated text followed across drafts: the article holding it in
/// each draft, under a key that stays the same when drafts renumber (docs/design.md, *URLs*).
public struct Provision: Sendable, Hashable {
    /// How an article was found to continue the previous draft's article.
    public enum Basis: String, Sendable, Hashable {
        /// Paired in `content/concordance.yml`.
        case editor
        /// The texts are alike.
        case text
        /// The titles are alike (one text or both missing from the record).
        case title
        /// Same number, and nothing says otherwise: the weakest evidence.
        case number

        /// The reader's wording of the basis.
        public var label: String {
            switch self {
            case .editor: "paired by the editor"
            case .text: "aligned by text"
            case .title: "aligned by title"
            case .number: "aligned by number only"
            }
        }
    }

    /// The chapter (or annex) an article stands in.
    public struct Chapter: Sendable, Hashable {
        /// `chp_IV`.
        public var anchor: Anchor
        /// `Chapter IV`.
        public var label: String
        /// `Procedural measures and law enforcement`.
        public var title: String?
    }

    /// The provision as one article of one draft.
    public struct Version: Sendable, Hashable {
        public var draftID: String
        /// The draft's place in the corpus order (0 for the first draft).
        public var draftIndex: Int
        /// The article number as written (`4 bis`).
        public var number: String
        /// `art_4bis`.
        public var anchor: Anchor
        public var title: String?
        public var chapter: Chapter?
        /// The article's words, one line per paragraph and point (see ``ProvisionText``).
        public var text: String
        /// How this version was paired with the previous one; `nil` for the first.
        public var basis: Basis?
    }

    /// An article of another provision, named by a split or a merge.
    public struct Relation: Sendable, Hashable {
        public var draftID: String
        public var number: String
        public var anchor: Anchor
    }

    public var key: String
    /// In draft order; at most one per draft.
    public var versions: [Version]
    /// The article of the previous draft this provision was split from, if any.
    public var splitFrom: Relation?
    /// The article of the next draft this provision was merged into, if any.
    public var mergedInto: Relation?

    /// The title readers know it by: the latest title it had, else its latest number.
    public var title: String {
        versions.last(where: { $0.title != nil })?.title ?? "Article \(versions.last?.number ?? key)"
    }

    /// The version in draft `draftID`, if the provision is in it.
    public func version(in draftID: String) -> Version? {
        versions.first { $0.draftID == draftID }
    }
}
