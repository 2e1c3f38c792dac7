/// One reference in a position, resolved against the cited draft: what backlinks, the matrix
/// and search need to know about it.
public struct CitedPassage: Sendable, Hashable {
    /// The position (or page) that makes the reference.
    public var documentID: String
    /// The passage's anchor in that document (`p_14`, or a heading's slug).
    public var passageAnchor: String
    /// The file line of the reference.
    public var line: Int
    public var draftID: String
    /// The anchors cited, deepest existing ones; a range gives every article in it.
    public var anchors: [String]
    /// The article anchors cited (`art_24`), for grouping by article.
    public var articles: [String]
    /// The sentence holding the reference, and the reference's UTF-8 range within it.
    public var sentence: String
    public var markStart: Int
    public var markEnd: Int
}
