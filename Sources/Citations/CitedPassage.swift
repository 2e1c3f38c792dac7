import Addressing
/// One reference in a position, resolved against the cited draft: what backlinks, the matrix
/// and search need to know about it.
public struct CitedPassage: Sendable, Hashable {
    /// The position (or page) that makes the reference.
    public var documentID: String
    /// The passage's anchor in that document (`p_14`, or a heading's slug).
    public var passageAnchor: Anchor
    /// The file line of the reference.
    public var line: Int
    public var draftID: String
    /// The anchors cited, deepest existing ones; a range gives every article in it.
    public var anchors: [Anchor]
    /// The articles cited, for grouping by article.
    public var articles: [Anchor]
    /// The sentence holding the reference, and the reference's UTF-8 range within it.
    public var sentence: String
    public var markStart: Int
    public var markEnd: Int
}
