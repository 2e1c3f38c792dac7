/// Inline content of a Markdown block.
///
/// Only the cases with several strings are `indirect` (boxed): text, the most common case,
/// is stored in place, and children already live in an array's own buffer. (With the whole
/// enum indirect, every run of text cost a box of its own: at 10,000 pages, millions of
/// allocations and about 100 MB.)
public enum Inline: Sendable, Hashable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    indirect case link(destination: String, title: String, [Inline])
    indirect case image(source: String, title: String, alt: [Inline])
    /// A footnote reference, by its number (the ``Footnote/label`` of its definition).
    case footnoteReference(String)
    /// A link the build made (a reference to a draft, say), rendered with a class; its
    /// destination is relative to the site root (see ``HTMLRenderer/Options/linkRoot``).
    indirect case generatedLink(destination: String, cssClass: String, title: String, [Inline])
    /// Text the build marks but does not link (a reference the author suppressed), rendered
    /// as a `<span>` with a class.
    indirect case span(cssClass: String, [Inline])
}

extension Inline {
    /// The text a reader sees, without markup (alt text for images, labels for footnotes skipped).
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        appendPlainText(inlines, to: &out)
        return out
    }

    private static func appendPlainText(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .html: break
            case .emphasis(let c), .strong(let c), .strikethrough(let c): appendPlainText(c, to: &out)
            case .link(_, _, let c), .generatedLink(_, _, _, let c), .span(_, let c): appendPlainText(c, to: &out)
            case .image(_, _, let alt): appendPlainText(alt, to: &out)
            case .footnoteReference: break
            }
        }
    }
}

extension Block {
    /// The text a reader sees in this block and its children, blocks separated by spaces.
    public var plainText: String {
        switch kind {
        case .paragraph(let inlines), .heading(_, let inlines): return Inline.plainText(inlines)
        case .blockQuote(let blocks): return blocks.map(\.plainText).joined(separator: " ")
        case .list(let list):
            return list.items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .codeBlock(_, let code): return code
        case .htmlBlock, .thematicBreak: return ""
        case .table(let table):
            let cells = table.header + table.rows.flatMap { $0 }
            return cells.map { Inline.plainText($0) }.joined(separator: " ")
        }
    }
}
