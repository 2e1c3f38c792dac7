import Addressing
import Markdown

/// A position or page with its anchors: slug ids on headings and `p_N` on every top-level
/// block (paragraph, list item, table, quote, code), counted from 1 in document order.
public struct AnchoredDocument: Sendable, Hashable {
    /// A heading, for tables of contents.
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var anchor: Anchor
    }

    /// A citable passage: one `p_N` block.
    public struct Passage: Sendable, Hashable {
        public var anchor: Anchor
        public var number: Int
        public var line: Int
    }

    public var document: MarkdownDocument
    public var headings: [Heading]
    public var passages: [Passage]
    /// Every anchor of the document, in document order.
    public private(set) var anchors: [Anchor]

    /// Sets the anchors of `document`.
    public init(_ document: MarkdownDocument) {
        var document = document
        var slugger = Slugger()
        var headings: [Heading] = []
        var passages: [Passage] = []
        var anchors: [Anchor] = []

        func passage(line: Int) -> String {
            let number = passages.count + 1
            let anchor = Anchor.passage(number)
            passages.append(Passage(anchor: anchor, number: number, line: line))
            anchors.append(anchor)
            return anchor.id
        }

        for index in document.blocks.indices {
            let block = document.blocks[index]
            switch block.kind {
            case .heading(let level, let inlines):
                let text = Inline.plainText(inlines)
                let anchor = Anchor.heading(slugger.unique(text))
                document.blocks[index].anchor = anchor.id
                headings.append(Heading(level: level, text: text, anchor: anchor))
                anchors.append(anchor)
            case .list(var list):
                for itemIndex in list.items.indices {
                    list.items[itemIndex].anchor = passage(line: list.items[itemIndex].line)
                }
                document.blocks[index].kind = .list(list)
            case .thematicBreak:
                continue
            case .htmlBlock:
                continue
            default:
                document.blocks[index].anchor = passage(line: block.line)
            }
        }
        self.document = document
        self.headings = headings
        self.passages = passages
        self.anchors = anchors
    }
}
