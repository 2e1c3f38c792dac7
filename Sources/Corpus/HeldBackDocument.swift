/// A draft, position or page the build did not publish (``Publication``).
public struct HeldBackDocument: Sendable, Hashable, Comparable {
    /// The kinds of document that can be held back.
    public enum Kind: String, Sendable, Hashable {
        case draft, position, page
    }

    /// Why a document is held back.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// `published: false`.
        case notPublished
        /// Dated after the build's day.
        case future(PartialDate)
        /// A position whose `draft:` names a held-back draft: its references and stances
        /// would lead nowhere, so it waits for the draft.
        case citesHeldBack(String)

        public var description: String {
            switch self {
            case .notPublished: "published: false"
            case .future(let date): "dated \(date), after the build's day"
            case .citesHeldBack(let draft): "it cites the draft '\(draft)', which is not published"
            }
        }
    }

    public var kind: Kind
    public var id: String
    public var path: String
    public var reason: Reason

    public static func < (lhs: HeldBackDocument, rhs: HeldBackDocument) -> Bool {
        lhs.path < rhs.path
    }
}
