/// A block of a Markdown document, as a Swift value that owns no C memory.
public struct Block: Sendable, Hashable {
    /// What the block is, with its children.
    ///
    /// The larger payloads are `indirect` (boxed), so that a paragraph, the most common
    /// block, is stored in place (its inlines are in an array's buffer already).
    public enum Kind: Sendable, Hashable {
        case paragraph([Inline])
        case heading(level: Int, [Inline])
        case blockQuote([Block])
        indirect case list(List)
        indirect case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case thematicBreak
        indirect case table(Table)
    }

    public var kind: Kind
    /// 1-based line where the block starts, in the file it was read from.
    public var line: Int
    /// The `id` the block carries in HTML, set by the structure stage.
    public var anchor: String?

    public init(_ kind: Kind, line: Int, anchor: String? = nil) {
        self.kind = kind
        self.line = line
        self.anchor = anchor
    }
}

/// An ordered or bullet list.
public struct List: Sendable, Hashable {
    public var ordered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]

    public init(ordered: Bool, start: Int, tight: Bool, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// One item of a list.
public struct ListItem: Sendable, Hashable {
    public var blocks: [Block]
    /// The number as the author wrote it (`3.` gives 3), for ordered lists.
    public var writtenNumber: Int?
    /// `true`/`false` for a task list item (`- [x]`), `nil` otherwise.
    public var checked: Bool?
    public var line: Int
    /// The `id` the item carries in HTML, set by the structure stage.
    public var anchor: String?

    public init(blocks: [Block], writtenNumber: Int?, checked: Bool?, line: Int, anchor: String? = nil) {
        self.blocks = blocks
        self.writtenNumber = writtenNumber
        self.checked = checked
        self.line = line
        self.anchor = anchor
    }
}

/// A GFM table.
public struct Table: Sendable, Hashable {
    /// Column alignment.
    public enum Alignment: Sendable, Hashable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}
