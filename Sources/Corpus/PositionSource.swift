/// A document by one or more stakeholders, as read from `content/positions/<id>.md`.
public struct PositionSource: Sendable, Hashable {
    /// The kinds of document docs/content-format.md names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case statement, submission, briefing, report, other
        case guidanceNote = "guidance-note"

        public var label: String {
            switch self {
            case .statement: "Statement"
            case .submission: "Submission"
            case .briefing: "Briefing"
            case .report: "Report"
            case .other: "Document"
            case .guidanceNote: "Guidance note"
            }
        }
    }

    /// A stakeholder's stance on one provision (`stances:` in front matter).
    public struct Stance: Sendable, Hashable {
        /// The stances docs/design.md names (*Content*).
        public enum Value: String, Sendable, Hashable, CaseIterable {
            case support, oppose, amend, delete, add, concern, neutral
        }

        public var article: String
        public var stance: Value
        public var note: String?
        public var line: Int

        public init(article: String, stance: Value, note: String?, line: Int) {
            self.article = article
            self.stance = stance
            self.note = note
            self.line = line
        }
    }

    public var id: String
    public var path: String
    public var title: String
    public var stakeholders: [String]
    public var date: PartialDate
    public var kind: Kind
    /// The draft whose numbering the document cites: as written, else the latest draft
    /// dated on or before the document, else `nil`.
    public var draft: String?
    public var session: String?
    public var symbol: String?
    public var source: String?
    public var stances: [Stance]
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
        id: String, path: String, title: String, stakeholders: [String], date: PartialDate, kind: Kind,
        draft: String?, session: String?, symbol: String?, source: String?, stances: [Stance], body: SourceText
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.stakeholders = stakeholders
        self.date = date
        self.kind = kind
        self.draft = draft
        self.session = session
        self.symbol = symbol
        self.source = source
        self.stances = stances
        self.body = body
    }
}
