/// A draft of the negotiated text, as read from `content/drafts/<id>.md`.
public struct DraftSource: Sendable, Hashable {
    /// The folder of `content/` that holds drafts (what an author's link to a draft's file names).
    public static let folder = "drafts"

    public var id: String
    public var path: String
    public var title: String
    public var date: PartialDate
    public var symbol: String?
    public var session: String?
    public var status: String?
    public var source: String?
    public var body: SourceText
    /// The line of each front matter field, for diagnostics of later stages.
    public var fieldLines: [String: Int] = [:]
    /// `published:` (default `true`); `false` holds the document back (``Publication``).
    public var published = true
    /// The language the document is written in (`language:`, else the site's default).
    public var language = ""
    /// Its versions in the site's other languages, in the order of `languages:`.
    public var translations: [Translation] = []

    public init(
        id: String, path: String, title: String, date: PartialDate, symbol: String?, session: String?,
        status: String?, source: String?, body: SourceText
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.symbol = symbol
        self.session = session
        self.status = status
        self.source = source
        self.body = body
    }
}
