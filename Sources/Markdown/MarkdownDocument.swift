/// A parsed Markdown document: its blocks and its footnote definitions, as Swift values.
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [Block]
    /// Referenced footnote definitions, in the order of their first reference.
    public var footnotes: [Footnote]
    /// Lines where quotes, lists, emphasis or links nested deeper than the parser keeps
    /// (``MarkdownParser``) begin: from there on, that content is plain text.
    public var flattenedLines: [Int]

    public init(blocks: [Block], footnotes: [Footnote], flattenedLines: [Int] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.flattenedLines = flattenedLines
    }
}

/// A footnote definition (`[^label]: text`).
public struct Footnote: Sendable, Hashable {
    /// The footnote's number, as cmark-gfm gives it: references are numbered from 1 in the
    /// order they first appear, and ``Inline/footnoteReference(_:)`` carries the same number.
    public var label: String
    public var blocks: [Block]
    public var line: Int

    public init(label: String, blocks: [Block], line: Int) {
        self.label = label
        self.blocks = blocks
        self.line = line
    }
}
