extension MarkdownDocument {
    /// A link or image whose address the HTML renderer drops (``HTMLEscaping/isSafeURL(_:)``):
    /// `javascript:`, `vbscript:`, `file:`, and `data:` but for raster images.
    public struct UnsafeLink: Sendable, Hashable {
        /// The line of the block holding it.
        public var line: Int
        public var destination: String
        public var isImage: Bool
    }

    /// Every link and image of the document that the HTML renderer drops, in document order,
    /// so the build can say so instead of changing the content silently.
    public var unsafeLinks: [UnsafeLink] {
        var found: [UnsafeLink] = []
        for block in blocks { Self.collect(block, into: &found) }
        for footnote in footnotes {
            for block in footnote.blocks { Self.collect(block, into: &found) }
        }
        return found
    }

    private static func collect(_ block: Block, into found: inout [UnsafeLink]) {
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines):
            collect(inlines, line: block.line, into: &found)
        case .blockQuote(let children):
            for child in children { collect(child, into: &found) }
        case .list(let list):
            for item in list.items {
                for child in item.blocks { collect(child, into: &found) }
            }
        case .table(let table):
            for cell in table.header + table.rows.flatMap({ $0 }) { collect(cell, line: block.line, into: &found) }
        case .codeBlock, .htmlBlock, .thematicBreak:
            break
        }
    }

    private static func collect(_ inlines: [Inline], line: Int, into found: inout [UnsafeLink]) {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let children):
                if !HTMLEscaping.isSafeURL(destination) {
                    found.append(UnsafeLink(line: line, destination: destination, isImage: false))
                }
                collect(children, line: line, into: &found)
            case .image(let source, _, let alt):
                if !HTMLEscaping.isSafeURL(source) {
                    found.append(UnsafeLink(line: line, destination: source, isImage: true))
                }
                collect(alt, line: line, into: &found)
            case .emphasis(let children), .strong(let children), .strikethrough(let children),
                 .generatedLink(_, _, _, let children), .span(_, let children):
                collect(children, line: line, into: &found)
            case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference:
                break
            }
        }
    }
}
