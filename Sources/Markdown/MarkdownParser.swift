import CCmarkGFM
import Foundation

/// Parses GitHub Flavored Markdown with libcmark-gfm into ``MarkdownDocument`` values.
///
/// Ownership: every `cmark_parser` and `cmark_node` pointer is created and freed inside
/// ``parse(_:firstLine:)``; none leaves this file. The Swift values returned own no C memory.
///
/// Thread-safety: cmark-gfm 0.29 keeps the table of special inline characters in a global
/// that each parser rewrites while it parses inlines (the extensions add `~`, `|`, `:` ...
/// before an inline pass and remove them after), so two parses on two threads corrupt each
/// other. Only the inline passes of `cmark_parser_finish` read or write that table (the
/// table extension splits rows into cells while feeding, but leaves their inlines to the
/// finish), so every `cmark_parser_finish` runs while holding ``cmarkLock``, a process-wide
/// lock, and feeding, which reads only the parser's own state, runs outside it on every core.
/// Converting the finished tree to Swift values reads only the tree, and runs outside the
/// lock. Rendering, templating, indexing and writing are pure Swift and run in parallel.
public struct MarkdownParser: Sendable {
    /// Extensions and options of a parse.
    public struct Options: Sendable, Hashable {
        /// Curly quotes and dashes (cmark's `--smart`).
        public var smartPunctuation: Bool

        public init(smartPunctuation: Bool = false) {
            self.smartPunctuation = smartPunctuation
        }
    }

    /// The one lock around every libcmark-gfm parse in the process (see the type's comment).
    private static let cmarkLock = NSLock()

    /// Registers the GFM core extensions once, before the first parse (Swift runs this
    /// static initializer exactly once, thread-safely).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    public var options: Options

    /// The deepest nesting of blocks (quotes, lists), and separately of inlines (emphasis,
    /// links), kept as structure; what is deeper is kept as plain text. Far more than any
    /// document needs, and far less than what would overflow the stack of the later stages.
    public static let maximumDepth = 32

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Parses `text`; `firstLine` is the line of the file where `text` starts (after front matter).
    public func parse(_ text: String, firstLine: Int = 1) -> MarkdownDocument {
        precondition(Self.extensionsRegistered)
        var flags = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }

        guard let parser = cmark_parser_new(flags) else { return MarkdownDocument(blocks: [], footnotes: []) }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        // Block parsing reads only this parser's state: it runs on every core at once.
        var copy = text
        copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        // Inline parsing rewrites the process-wide table of special characters.
        let root: OpaquePointer? = Self.cmarkLock.withLock { cmark_parser_finish(parser) }
        guard let root else { return MarkdownDocument(blocks: [], footnotes: []) }
        defer { cmark_node_free(root) }
        let converter = NodeConverter(sourceLines: Self.lines(of: text), lineOffset: firstLine - 1)
        return converter.document(root)
    }

    /// The source split into lines of UTF-8 bytes, to read list item numbers as written.
    private static func lines(of text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }
}

/// Walks a cmark-gfm tree and builds Swift values. Lives only for one conversion; the
/// pointers it reads belong to ``MarkdownParser/parse(_:firstLine:)``.
///
/// Nesting is capped at ``maximumDepth`` levels of blocks (quotes, lists) and as many of
/// inlines (emphasis, links): what is nested deeper is kept as its plain text. cmark-gfm
/// nests without limit (`>>>>…`, `- - - …`, `****…`), and every later stage (rendering,
/// linking, comparing, hashing) walks the Swift values recursively: a few thousand levels
/// overflowed the stack and crashed the build.
private struct NodeConverter {
    static var maximumDepth: Int { MarkdownParser.maximumDepth }

    let sourceLines: [ArraySlice<UInt8>]
    let lineOffset: Int
    /// The lines where nesting was cut, filled as the tree is read.
    let flattened = FlattenedLines()

    /// Where content nested too deep was kept as plain text (a class, so the converter's
    /// methods stay non-mutating; it lives only for one conversion, on one thread).
    final class FlattenedLines {
        var lines: [Int] = []
    }

    func document(_ root: OpaquePointer) -> MarkdownDocument {
        var blocks: [Block] = []
        var footnotes: [Footnote] = []
        for child in children(of: root) {
            if cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION {
                // cmark-gfm appends referenced definitions in the order of their first
                // reference and numbers references the same way, from 1.
                footnotes.append(Footnote(label: String(footnotes.count + 1), blocks: blockList(child, depth: 1), line: line(child)))
            } else if let block = block(child, depth: 0) {
                blocks.append(block)
            }
        }
        return MarkdownDocument(blocks: blocks, footnotes: footnotes, flattenedLines: flattened.lines)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func line(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_start_line(node)) + lineOffset
    }

    private func literal(_ node: OpaquePointer) -> String {
        guard let cString = cmark_node_get_literal(node) else { return "" }
        return String(cString: cString)
    }

    private func typeString(_ node: OpaquePointer) -> String {
        guard let cString = cmark_node_get_type_string(node) else { return "" }
        return String(cString: cString)
    }

    /// The blocks inside `node`, which sits `depth` levels deep.
    private func blockList(_ node: OpaquePointer, depth: Int) -> [Block] {
        children(of: node).compactMap { block($0, depth: depth) }
    }

    /// The block of `node`, `depth` levels of quotes and lists deep.
    private func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let start = line(node)
        let type = cmark_node_get_type(node)
        if depth >= Self.maximumDepth, type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST {
            flattened.lines.append(start)
            return Block(.paragraph([.text(plainText(of: node))]), line: start)
        }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(node, depth: 0)), line: start)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(node, depth: 0)), line: start)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blockList(node, depth: depth + 1)), line: start)
        case CMARK_NODE_LIST:
            return Block(.list(list(node, depth: depth)), line: start)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return Block(.codeBlock(info: info, code: literal(node)), line: start)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.htmlBlock(literal(node)), line: start)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, line: start)
        default:
            if typeString(node) == "table" {
                return Block(.table(table(node)), line: start)
            }
            return nil
        }
    }

    private func list(_ node: OpaquePointer, depth: Int) -> List {
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        let items = children(of: node).map { item -> ListItem in
            let checked: Bool? = typeString(item) == "tasklist"
                ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
            return ListItem(
                blocks: blockList(item, depth: depth + 1),
                writtenNumber: ordered ? writtenNumber(item) : nil,
                checked: checked,
                line: line(item)
            )
        }
        return List(
            ordered: ordered,
            start: Int(cmark_node_get_list_start(node)),
            tight: cmark_node_get_list_tight(node) != 0,
            items: items
        )
    }

    /// Reads the digits of an ordered list marker at the item's source position.
    private func writtenNumber(_ item: OpaquePointer) -> Int? {
        let lineIndex = Int(cmark_node_get_start_line(item)) - 1
        let column = Int(cmark_node_get_start_column(item)) - 1
        guard sourceLines.indices.contains(lineIndex) else { return nil }
        let bytes = sourceLines[lineIndex]
        var index = bytes.startIndex + max(0, column)
        // Skip block-quote markers and spaces that may precede the marker.
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ">") {
            index += 1
        }
        var value = 0
        var digits = 0
        while index < bytes.endIndex, let digit = Self.digit(bytes[index]), digits < 9 {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }

    private func table(_ node: OpaquePointer) -> Table {
        let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columnCount {
                switch raw[column] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines($0, depth: 0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    /// The inlines inside `node`, which sits `depth` levels of emphasis and links deep.
    private func inlines(_ node: OpaquePointer, depth: Int) -> [Inline] {
        var result: [Inline] = []
        for child in children(of: node) {
            if depth >= Self.maximumDepth, cmark_node_first_child(child) != nil {
                flattened.lines.append(line(child))
                result.append(.text(plainText(of: child)))
                continue
            }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT:
                // Adjacent text nodes (cmark splits at special characters) are merged.
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + literal(child))
                } else {
                    result.append(.text(literal(child)))
                }
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
            case CMARK_NODE_CODE: result.append(.code(literal(child)))
            case CMARK_NODE_HTML_INLINE: result.append(.html(literal(child)))
            case CMARK_NODE_EMPH: result.append(.emphasis(inlines(child, depth: depth + 1)))
            case CMARK_NODE_STRONG: result.append(.strong(inlines(child, depth: depth + 1)))
            case CMARK_NODE_LINK:
                result.append(.link(destination: url(child), title: title(child), inlines(child, depth: depth + 1)))
            case CMARK_NODE_IMAGE:
                result.append(.image(source: url(child), title: title(child), alt: inlines(child, depth: depth + 1)))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                result.append(.footnoteReference(literal(child)))
            default:
                if typeString(child) == "strikethrough" {
                    result.append(.strikethrough(inlines(child, depth: depth + 1)))
                } else {
                    result.append(contentsOf: inlines(child, depth: depth + 1))
                }
            }
        }
        return result
    }

    /// The text of `node` and everything inside it, blocks separated by spaces, read with
    /// cmark-gfm's iterator (not recursively: this is for content nested too deep to recurse).
    /// Raw HTML is left out.
    private func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += literal(current)
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if let last = text.last, last != " " { text += " " }
                if cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK { text += literal(current) }
            default:
                break
            }
        }
        return text
    }

    private func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private func title(_ node: OpaquePointer) -> String {
        cmark_node_get_title(node).map { String(cString: $0) } ?? ""
    }
}
