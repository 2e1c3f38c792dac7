import Addressing
import Foundation
import Structure

/// The anchors of one draft, to resolve references against it.
public struct DraftAnchors: Sendable {
    public let draftID: String
    public let title: String
    public let path: String
    /// Every anchor of the draft text.
    public let anchors: Set<Anchor>
    /// Article anchors in document order, to expand ranges.
    public let articleOrder: [Anchor]
    /// The place of each article in ``articleOrder``.
    public let articlePlace: [Anchor: Int]
    public let hasPreamble: Bool
    /// The texts of the links to this draft, shared by every document linked against it.
    let links: ReferenceLinks

    public init(draftID: String, title: String, path: String, text: DraftText) {
        self.draftID = draftID
        self.title = title
        self.path = path
        self.anchors = Set(text.anchors)
        self.articleOrder = text.articles.map(\.anchor)
        self.articlePlace = Dictionary(articleOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.hasPreamble = text.preamble != nil
        self.links = ReferenceLinks(draftID: draftID, draftTitle: title)
    }

    /// What a reference resolves to.
    public enum Resolution: Equatable, Sendable {
        /// The anchor exists as written.
        case exact(Anchor)
        /// The draft's text lacks the paragraph or point: the deepest existing ancestor.
        case ancestor(Anchor, missing: Anchor)
        /// The draft has no such article, chapter or preamble.
        case missing
    }

    /// Resolves `target` to the deepest anchor of this draft that exists.
    public func resolve(_ target: ReferenceTarget) -> Resolution {
        guard let wanted = target.anchor else { return .missing }
        if anchors.contains(wanted) { return .exact(wanted) }
        var current = wanted.parent
        while let candidate = current {
            if candidate == .preamble ? hasPreamble : anchors.contains(candidate) { return .ancestor(candidate, missing: wanted) }
            current = candidate.parent
        }
        return .missing
    }

    /// The article anchors from `from` to `to` inclusive, in document order, or `nil` when an end is missing.
    public func articles(from: ReferenceTarget, to: ReferenceTarget) -> [Anchor]? {
        let (first, last) = (Anchor.article(from.number), Anchor.article(to.number))
        guard let start = articlePlace[first], let end = articlePlace[last], start <= end else {
            return nil
        }
        return Array(articleOrder[start...end])
    }

    /// Whether the draft holds `anchor` (the preamble when the draft has one).
    public func contains(_ anchor: Anchor) -> Bool {
        anchor == .preamble ? hasPreamble : anchors.contains(anchor)
    }
}
