/// A document's version in another language: `<id>.<lang>.md` beside the original
/// (docs/languages.md). Its front matter holds only what a translation changes (the title,
/// a stakeholder's name); everything else is the original's.
public struct Translation: Sendable, Hashable {
    /// The language of this version, one of the site's `languages:`.
    public var language: String
    public var path: String
    /// The translated title (a stakeholder's translated name).
    public var title: String
    /// A stakeholder's translated short name.
    public var short: String?
    /// A free page's translated description.
    public var description: String?
    /// Where this language version was published (a draft's or position's `source:`).
    public var source: String?
    public var body: SourceText

    public init(
        language: String, path: String, title: String, short: String? = nil, description: String? = nil,
        source: String? = nil, body: SourceText
    ) {
        self.language = language
        self.path = path
        self.title = title
        self.short = short
        self.description = description
        self.source = source
        self.body = body
    }
}
