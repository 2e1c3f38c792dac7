/// One entry of `content/concordance.yml`: the articles that hold one provision, as the
/// editor pairs them, overriding the computed concordance for those articles.
///
/// ```yaml
/// provisions:
///   - key: protection-of-personal-data   # optional: the provision's key
///     articles:
///       updated-cnd: "36"
///       zero-draft: "38"
///       revised-draft: none              # not in this draft
/// ```
public struct ConcordanceOverride: Sendable, Hashable {
    /// An article of one draft, or its explicit absence (`none`).
    public struct Member: Sendable, Hashable {
        public var draft: String
        /// The article number as written in the draft, `nil` for `none`.
        public var article: String?
        public var line: Int

        public init(draft: String, article: String?, line: Int) {
            self.draft = draft
            self.article = article
            self.line = line
        }
    }

    public var key: String?
    public var members: [Member]
    public var line: Int

    public init(key: String?, members: [Member], line: Int) {
        self.key = key
        self.members = members
        self.line = line
    }

    /// Where overrides are read from.
    public static let path = "content/concordance.yml"
}
