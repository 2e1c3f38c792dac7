import Markdown

/// Whatever collects the words of Markdown: the runs of a search document (``TextRuns``),
/// or a string of `/data/corpus.json` written straight into its bytes (``JSONTextSink``).
/// The walk over blocks and inlines is written once, here.
protocol TextSink {
    /// Appends words (emphasised or not).
    mutating func append(_ text: String, emphasized: Bool)
    /// Marks a boundary between blocks and points: one space unless there is one.
    mutating func separate()
}

extension TextSink {
    mutating func append(_ inlines: [Inline], emphasized: Bool = false) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): append(text, emphasized: emphasized)
            case .softBreak, .lineBreak: append(" ", emphasized: emphasized)
            case .html, .footnoteReference: break
            case .emphasis(let children), .strong(let children): append(children, emphasized: true)
            case .strikethrough(let children): append(children, emphasized: emphasized)
            case .link(_, _, let children), .generatedLink(_, _, _, let children), .span(_, let children):
                append(children, emphasized: emphasized)
            case .image(_, _, let alt): append(alt, emphasized: emphasized)
            }
        }
    }

    mutating func append(_ block: Block) {
        separate()
        switch block.kind {
        case .paragraph(let inlines), .heading(_, let inlines): append(inlines)
        case .blockQuote(let blocks): blocks.forEach { append($0) }
        case .list(let list):
            for item in list.items { item.blocks.forEach { append($0) } }
        case .codeBlock(_, let code): append(code, emphasized: false)
        case .htmlBlock, .thematicBreak: break
        case .table(let table):
            for cell in table.header + table.rows.flatMap({ $0 }) {
                separate()
                append(cell)
            }
        }
    }
}
