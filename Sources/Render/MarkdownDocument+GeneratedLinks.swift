import Markdown

extension MarkdownDocument {
    /// The document with the destination of every link the build made (references to a
    /// draft) passed through `transform`; authors' own links are left as written.
    func mappingGeneratedLinks(_ transform: (String) -> String) -> MarkdownDocument {
        var copy = self
        copy.blocks = blocks.map { $0.mappingGeneratedLinks(transform) }
        copy.footnotes = footnotes.map { footnote in
            var footnote = footnote
            footnote.blocks = footnote.blocks.map { $0.mappingGeneratedLinks(transform) }
            return footnote
        }
        return copy
    }
}

extension Block {
    /// The block with its generated links' destinations passed through `transform`.
    func mappingGeneratedLinks(_ transform: (String) -> String) -> Block {
        var copy = self
        func inlines(_ items: [Inline]) -> [Inline] { items.map { $0.mappingGeneratedLinks(transform) } }
        switch kind {
        case .paragraph(let items): copy.kind = .paragraph(inlines(items))
        case .heading(let level, let items): copy.kind = .heading(level: level, inlines(items))
        case .blockQuote(let blocks): copy.kind = .blockQuote(blocks.map { $0.mappingGeneratedLinks(transform) })
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map { $0.mappingGeneratedLinks(transform) }
                return item
            }
            copy.kind = .list(list)
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            copy.kind = .table(table)
        case .codeBlock, .htmlBlock, .thematicBreak: break
        }
        return copy
    }
}

extension Inline {
    /// The inline with its generated links' destinations passed through `transform`.
    func mappingGeneratedLinks(_ transform: (String) -> String) -> Inline {
        func inlines(_ items: [Inline]) -> [Inline] { items.map { $0.mappingGeneratedLinks(transform) } }
        switch self {
        case .generatedLink(let destination, let cssClass, let title, let children):
            return .generatedLink(destination: transform(destination), cssClass: cssClass, title: title, inlines(children))
        case .emphasis(let children): return .emphasis(inlines(children))
        case .strong(let children): return .strong(inlines(children))
        case .strikethrough(let children): return .strikethrough(inlines(children))
        case .link(let destination, let title, let children): return .link(destination: destination, title: title, inlines(children))
        case .span(let cssClass, let children): return .span(cssClass: cssClass, inlines(children))
        case .text, .softBreak, .lineBreak, .code, .html, .image, .footnoteReference: return self
        }
    }
}
