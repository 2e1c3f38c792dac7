/// A free page (about, method), as read from `content/pages/<id>.md`.
public struct PageSource: Sendable, Hashable {
    public var id: String
    public var path: String
    public var title: String
    public var description: String?
    public var body: SourceText
    /// `published:` (default `true`); `false` holds the page back (``Publication``).
    public var published = true
    /// The language the document is written in (`language:`, else the site's default).
    public var language = ""
    /// Its versions in the site's other languages, in the order of `languages:`.
    public var translations: [Translation] = []

    public init(id: String, path: String, title: String, description: String?, body: SourceText) {
        self.id = id
        self.path = path
        self.title = title
        self.description = description
        self.body = body
    }
}
