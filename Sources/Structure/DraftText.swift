import Addressing
import Markdown

/// The structure of a draft's text: preamble, chapters, articles, paragraphs and points,
/// each with its ``Anchor`` (docs/design.md, *Anchors*).
public struct DraftText: Sendable, Hashable {
    /// Blocks before the first heading (a note on the draft, say).
    public var front: [Block]
    public var preamble: Preamble?
    /// Chapters and annexes in document order; articles before any chapter sit in a part without heading.
    public var parts: [Part]
    /// Footnote definitions of the draft's Markdown.
    public var footnotes: [Footnote]

    public init(front: [Block] = [], preamble: Preamble? = nil, parts: [Part] = [], footnotes: [Footnote] = []) {
        self.front = front
        self.preamble = preamble
        self.parts = parts
        self.footnotes = footnotes
    }

    /// Every article, in document order.
    public var articles: [Article] { parts.flatMap(\.articles) }
}

/// The preamble: each paragraph under `# Preamble` is a recital.
public struct Preamble: Sendable, Hashable {
    public var line: Int
    public var heading: [Inline]
    public var recitals: [Recital]
    /// Blocks that are not paragraphs (kept, unnumbered), in order with the recitals.
    public var elements: [Element]

    /// A recital or another block, in document order.
    public enum Element: Sendable, Hashable {
        case recital(Recital)
        case block(Block)
    }
}

/// A preambular paragraph (``Anchor/recital(_:)``).
public struct Recital: Sendable, Hashable {
    public var number: Int
    public var anchor: Anchor
    public var line: Int
    public var inlines: [Inline]
}

/// A chapter, an annex, or the unnamed part holding articles before the first chapter.
public struct Part: Sendable, Hashable {
    /// What kind of level-1 heading opened the part.
    public enum Kind: String, Sendable, Hashable {
        case chapter, annex, untitled, other
    }

    public var kind: Kind
    /// The number as written ("IV", "I").
    public var number: String?
    public var title: String?
    /// A chapter's or annex's anchor, or `nil` for untitled and other parts.
    public var anchor: Anchor?
    public var heading: [Inline]
    public var line: Int
    /// Blocks between the part heading and its first article.
    public var intro: [Block]
    public var articles: [Article]
}

/// An article (``Anchor/article(_:)``).
public struct Article: Sendable, Hashable {
    /// The number as written ("24", "4 bis").
    public var number: String
    public var title: String?
    public var anchor: Anchor
    public var line: Int
    public var heading: [Inline]
    public var content: [Content]

    /// A numbered paragraph, or points and blocks of an unnumbered article.
    public enum Content: Sendable, Hashable {
        case paragraph(NumberedParagraph)
        case node(DraftNode)
    }

    /// Numbered paragraphs of the article.
    public var paragraphs: [NumberedParagraph] {
        content.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }
}

/// A numbered paragraph of an article (``Anchor/paragraph(_:)``).
public struct NumberedParagraph: Sendable, Hashable {
    public var number: Int
    public var anchor: Anchor
    public var line: Int
    public var content: [DraftNode]
}

/// Content inside an article or a paragraph.
public enum DraftNode: Sendable, Hashable {
    /// A run of text (the words before the first point, or between points).
    case text([Inline], line: Int)
    case point(Point)
    case block(Block)
}

/// A point (``Anchor/point(_:)``): `(a)`, and `(ii)` nested in it.
public struct Point: Sendable, Hashable {
    public var label: String
    public var anchor: Anchor
    public var line: Int
    public var inlines: [Inline]
    public var children: [Point]
}

extension DraftText {
    /// Every anchor of the draft, in document order.
    public var anchors: [Anchor] {
        var result: [Anchor] = []
        if let preamble { result.append(.preamble); result += preamble.recitals.map(\.anchor) }
        for part in parts {
            if let anchor = part.anchor { result.append(anchor) }
            for article in part.articles {
                result.append(article.anchor)
                for content in article.content {
                    switch content {
                    case .paragraph(let paragraph):
                        result.append(paragraph.anchor)
                        for node in paragraph.content { Self.collect(node, into: &result) }
                    case .node(let node):
                        Self.collect(node, into: &result)
                    }
                }
            }
        }
        return result
    }

    private static func collect(_ node: DraftNode, into result: inout [Anchor]) {
        if case .point(let point) = node { collect(point, into: &result) }
    }

    private static func collect(_ point: Point, into result: inout [Anchor]) {
        result.append(point.anchor)
        for child in point.children { collect(child, into: &result) }
    }
}
