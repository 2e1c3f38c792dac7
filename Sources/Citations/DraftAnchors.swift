import Foundation
import Structure

/// The anchors of one draft, to resolve references against it.
public struct DraftAnchors: Sendable {
    public let draftID: String
    public let title: String
    public let path: String
    /// Every anchor of the draft text.
    public let anchors: Set<String>
    /// Article anchors in document order, to expand ranges.
    public let articleOrder: [String]
    public let hasPreamble: Bool

    public init(draftID: String, title: String, path: String, text: DraftText) {
        self.draftID = draftID
        self.title = title
        self.path = path
        self.anchors = Set(text.anchors)
        self.articleOrder = text.articles.map(\.anchor)
        self.hasPreamble = text.preamble != nil
    }

    /// What a reference resolves to.
    public enum Resolution: Equatable, Sendable {
        /// The anchor exists as written.
        case exact(String)
        /// The draft's text lacks the paragraph or point: the deepest existing ancestor.
        case ancestor(String, missing: String)
        /// The draft has no such article, chapter or preamble.
        case missing
    }

    /// Resolves `target` to the deepest anchor of this draft that exists.
    public func resolve(_ target: ReferenceTarget) -> Resolution {
        let wanted = target.anchor
        if anchors.contains(wanted) { return .exact(wanted) }
        if target.kind == .recital {
            return hasPreamble ? .ancestor("preamble", missing: wanted) : .missing
        }
        var current = target.parent
        while let candidate = current {
            if anchors.contains(candidate.anchor) { return .ancestor(candidate.anchor, missing: wanted) }
            current = candidate.parent
        }
        return .missing
    }

    /// The article anchors from `from` to `to` inclusive, in document order, or `nil` when an end is missing.
    public func articles(from: ReferenceTarget, to: ReferenceTarget) -> [String]? {
        let first = ReferenceTarget(kind: .article, number: from.number).anchor
        let last = ReferenceTarget(kind: .article, number: to.number).anchor
        guard let start = articleOrder.firstIndex(of: first), let end = articleOrder.firstIndex(of: last), start <= end else {
            return nil
        }
        return Array(articleOrder[start...end])
    }

    /// The article anchor an anchor belongs to (`art_24__para_2` gives `art_24`).
    public static func article(of anchor: String) -> String? {
        guard anchor.hasPrefix("art_") else { return nil }
        guard let separator = anchor.range(of: "__") else { return anchor }
        return String(anchor[..<separator.lowerBound])
    }
}
