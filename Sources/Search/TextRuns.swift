import Markdown

/// Collects the text of Markdown blocks and inlines as runs, emphasised or not, with a
/// space between blocks: the body of a ``SearchDocument``.
struct TextRuns {
    private(set) var runs: [SearchDocument.Run] = []

    /// Appends a space unless the text so far ends in one (between blocks and points).
    mutating func separate() {
        guard let last = runs.last?.text.unicodeScalars.last, last != " " else { return }
        runs.append(.init(text: " ", emphasized: false))
    }

    mutating func append(_ text: String, emphasized: Bool = false) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].emphasized == emphasized {
            runs[last].text += text
        } else {
            runs.append(.init(text: text, emphasized: emphasized))
        }
    }

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
        case .codeBlock(_, let code): append(code)
        case .htmlBlock, .thematicBreak: break
        case .table(let table):
            for cell in table.header + table.rows.flatMap({ $0 }) {
                separate()
                append(cell)
            }
        }
    }
}
