/// Renders ``Block`` and ``Inline`` values to HTML.
///
/// Everything that came from content is escaped; raw HTML is emitted only when
/// ``Options/allowRawHTML`` is set (and then through GFM's tag filter); unsafe URLs
/// (``HTMLEscaping/isSafeURL(_:)``) are dropped. Blocks with an ``Block/anchor`` carry it as
/// their `id`, with a permalink (`<a class="permalink">`) shown on hover and focus; a
/// heading's permalink follows it, both in a `<div class="heading">`, so that the heading's
/// accessible name is its words alone.
///
/// A renderer numbers the footnotes of one document: use one per document, on one thread.
public struct HTMLRenderer {
    /// Rendering switches.
    public struct Options: Sendable, Hashable {
        /// Emit the author's raw HTML (trusted sites only; `raw_html: true` in site.yml).
        public var allowRawHTML: Bool
        /// Prefix of footnote ids, so several documents can share a page.
        public var footnotePrefix: String
        /// The relative path from the page to the site root (`../../`), put before the
        /// site-relative destinations of ``Inline/generatedLink(destination:cssClass:title:_:)``.
        public var linkRoot: String
        /// HTML to write instead of the block with that anchor (a later stage's rendering of
        /// it, such as a proposal's redline); the replacement carries the anchor itself.
        public var replacements: [String: String]
        /// What a screen reader says for the permalink of each anchored block, by anchor
        /// ("Link to paragraph 3"); others say "Link to this section".
        public var permalinkLabels: [String: String]

        public init(
            allowRawHTML: Bool = false, footnotePrefix: String = "fn", linkRoot: String = "", replacements: [String: String] = [:],
            permalinkLabels: [String: String] = [:]
        ) {
            self.allowRawHTML = allowRawHTML
            self.footnotePrefix = footnotePrefix
            self.linkRoot = linkRoot
            self.replacements = replacements
            self.permalinkLabels = permalinkLabels
        }
    }

    public var options: Options
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var footnoteOrder: [String] = []

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Renders a whole document: its blocks, then its referenced footnotes.
    public mutating func render(_ document: MarkdownDocument) -> String {
        String(decoding: renderBytes(document), as: UTF8.self)
    }

    /// ``render(_:)-(MarkdownDocument)`` as UTF-8: the HTML is written as bytes, which costs
    /// less than appending to a `String` piece by piece.
    public mutating func renderBytes(_ document: MarkdownDocument) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        for block in document.blocks {
            render(block, into: &out)
        }
        renderFootnotes(document.footnotes, into: &out)
        return out
    }

    /// Renders the footnotes referenced so far, in the order of their first reference.
    public mutating func renderFootnotes(_ footnotes: [Footnote], into out: inout String) {
        var bytes: [UInt8] = []
        renderFootnotes(footnotes, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Renders one block.
    public mutating func render(_ block: Block, into out: inout String) {
        var bytes: [UInt8] = []
        render(block, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Renders a list; items with an anchor carry it.
    public mutating func render(_ list: List, anchor: String? = nil, into out: inout String) {
        var bytes: [UInt8] = []
        render(list, anchor: anchor, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Renders inline content.
    public mutating func render(_ inlines: [Inline], into out: inout String) {
        var bytes: [UInt8] = []
        render(inlines, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Renders the footnotes referenced so far, as UTF-8 appended to `out`.
    mutating func renderFootnotes(_ footnotes: [Footnote], into out: inout [UInt8]) {
        let byLabel = Dictionary(footnotes.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        let referenced = footnoteOrder.compactMap { byLabel[$0] }
        guard !referenced.isEmpty else { return }
        out += "<section class=\"footnotes\" aria-label=\"Notes\">\n<ol>\n"
        for footnote in referenced {
            let number = footnoteNumbers[footnote.label] ?? 0
            let id = "\(options.footnotePrefix)-\(number)"
            out += "<li id=\"\(id)\">\n"
            var inner: [UInt8] = []
            for block in footnote.blocks {
                render(block, into: &inner)
            }
            let backrefs = (1...max(1, footnoteReferenceCounts[footnote.label] ?? 1)).map { index in
                let ref = index == 1 ? "\(id)-ref" : "\(id)-ref-\(index)"
                return "<a href=\"#\(ref)\" class=\"footnote-backref\" aria-label=\"Back to reference \(number)\">↩</a>"
            }.joined(separator: " ")
            if inner.count >= 5, inner[(inner.count - 5)...].elementsEqual("</p>\n".utf8) {
                inner.removeLast(5)
                inner += " \(backrefs)</p>\n"
            } else {
                inner += "<p>\(backrefs)</p>\n"
            }
            out += inner
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    /// Renders one block, as UTF-8 appended to `out`.
    mutating func render(_ block: Block, into out: inout [UInt8]) {
        if !options.replacements.isEmpty, let anchor = block.anchor, let replacement = options.replacements[anchor] {
            out += replacement
            return
        }
        switch block.kind {
        case .paragraph(let inlines):
            out += "<p"
            openAnchor(block.anchor, into: &out)
            render(inlines, into: &out)
            out += "</p>\n"
        case .heading(let level, let inlines):
            // The permalink beside the heading, not inside it: a heading's name is its words.
            guard let anchor = block.anchor else {
                out += "<h\(level)>"
                render(inlines, into: &out)
                out += "</h\(level)>\n"
                break
            }
            out += "<div class=\"heading\"><h\(level) id=\"\(HTMLEscaping.escape(anchor))\">"
            render(inlines, into: &out)
            out += "</h\(level)>" + Self.permalink(anchor, label: options.permalinkLabels[anchor] ?? Self.sectionLabel) + "</div>\n"
        case .blockQuote(let blocks):
            out += "<blockquote"
            openAnchor(block.anchor, into: &out)
            out += "\n"
            for child in blocks { render(child, into: &out) }
            out += "</blockquote>\n"
        case .list(let list):
            render(list, anchor: block.anchor, into: &out)
        case .codeBlock(let info, let code):
            out += "<pre"
            if let anchor = block.anchor {
                out += " id=\"\(HTMLEscaping.escape(anchor))\""
            }
            out += "><code"
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            if !language.isEmpty {
                out += " class=\"language-\(HTMLEscaping.escape(language))\""
            }
            out += ">"
            HTMLEscaping.escape(code, into: &out)
            out += "</code></pre>\n"
        case .htmlBlock(let html):
            if options.allowRawHTML {
                if let anchor = block.anchor {
                    out += "<div id=\"\(HTMLEscaping.escape(anchor))\">\n\(Self.tagFiltered(html))</div>\n"
                } else {
                    out += Self.tagFiltered(html)
                }
            } else {
                out += "<!-- raw HTML omitted -->\n"
            }
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            render(table, anchor: block.anchor, into: &out)
        }
    }

    /// Renders a list, as UTF-8 appended to `out`.
    mutating func render(_ list: List, anchor: String? = nil, into out: inout [UInt8]) {
        let tag = list.ordered ? "ol" : "ul"
        out += "<\(tag)"
        if let anchor {
            out += " id=\"\(HTMLEscaping.escape(anchor))\""
        }
        if list.ordered && list.start != 1 {
            out += " start=\"\(list.start)\""
        }
        if list.items.contains(where: { $0.checked != nil }) {
            out += " class=\"task-list\""
        }
        out += ">\n"
        for item in list.items {
            out += "<li"
            if list.ordered, let written = item.writtenNumber {
                out += " value=\"\(written)\""
            }
            openAnchor(item.anchor, into: &out)
            if let checked = item.checked {
                out += checked
                    ? "<input type=\"checkbox\" checked disabled> "
                    : "<input type=\"checkbox\" disabled> "
            }
            for (index, child) in item.blocks.enumerated() {
                if list.tight, case .paragraph(let inlines) = child.kind, child.anchor == nil {
                    render(inlines, into: &out)
                    if index < item.blocks.count - 1 { out += "\n" }
                } else {
                    if index == 0 && item.checked == nil { out += "\n" }
                    render(child, into: &out)
                }
            }
            out += "</li>\n"
        }
        out += "</\(tag)>\n"
    }

    private mutating func render(_ table: Table, anchor: String?, into out: inout [UInt8]) {
        out += "<div class=\"table\""
        openAnchor(anchor, into: &out)
        out += "<table>\n"
        if !table.header.isEmpty {
            out += "<thead>\n<tr>\n"
            for (column, cell) in table.header.enumerated() {
                out += "<th\(alignment(table, column))>"
                render(cell, into: &out)
                out += "</th>\n"
            }
            out += "</tr>\n</thead>\n"
        }
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (column, cell) in row.enumerated() {
                    out += "<td\(alignment(table, column))>"
                    render(cell, into: &out)
                    out += "</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n</div>\n"
    }

    private func alignment(_ table: Table, _ column: Int) -> String {
        guard table.alignments.indices.contains(column) else { return "" }
        switch table.alignments[column] {
        case .none: return ""
        case .left: return " style=\"text-align: left\""
        case .center: return " style=\"text-align: center\""
        case .right: return " style=\"text-align: right\""
        }
    }

    /// Closes an opening tag, with `id` and the permalink when there is an anchor.
    private func openAnchor(_ anchor: String?, into out: inout [UInt8]) {
        guard let anchor else {
            out += ">"
            return
        }
        // ``anchorAttributes(_:label:)``, written piece by piece.
        out += " id=\""
        HTMLEscaping.escape(anchor, into: &out)
        out += "\">"
        writePermalink(anchor, label: options.permalinkLabels[anchor] ?? Self.sectionLabel, into: &out)
    }

    /// ``permalink(_:label:)``, appended to `out`.
    private func writePermalink(_ anchor: String, label: String, into out: inout [UInt8]) {
        out += "<a class=\"permalink\" href=\"#"
        HTMLEscaping.escape(anchor, into: &out)
        out += "\" aria-label=\""
        HTMLEscaping.escape(label, into: &out)
        out += "\">¶</a>"
    }

    /// ` id="x">` followed by the permalink to `#x`, for any anchored element.
    public static func anchorAttributes(_ anchor: String, label: String) -> String {
        " id=\"\(HTMLEscaping.escape(anchor))\">" + permalink(anchor, label: label)
    }

    /// The permalink to `#anchor`: a pilcrow the theme shows on hover and keyboard focus;
    /// `label` is what a screen reader says for it.
    public static func permalink(_ anchor: String, label: String) -> String {
        "<a class=\"permalink\" href=\"#\(HTMLEscaping.escape(anchor))\" aria-label=\"\(HTMLEscaping.escape(label))\">¶</a>"
    }

    /// What a screen reader says for a permalink with no label of its own.
    public static let sectionLabel = "Link to this section"

    /// Renders inline content, as UTF-8 appended to `out`.
    mutating func render(_ inlines: [Inline], into out: inout [UInt8]) {
        for inline in inlines {
            render(inline, into: &out)
        }
    }

    private mutating func render(_ inline: Inline, into out: inout [UInt8]) {
        switch inline {
        case .text(let text):
            HTMLEscaping.escape(text, into: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let code):
            out += "<code>"
            HTMLEscaping.escape(code, into: &out)
            out += "</code>"
        case .html(let html):
            if options.allowRawHTML {
                out += Self.tagFiltered(html)
            }
        case .emphasis(let children):
            out += "<em>"
            render(children, into: &out)
            out += "</em>"
        case .strong(let children):
            out += "<strong>"
            render(children, into: &out)
            out += "</strong>"
        case .strikethrough(let children):
            out += "<del>"
            render(children, into: &out)
            out += "</del>"
        case .link(let destination, let title, let children):
            guard HTMLEscaping.isSafeURL(destination) else {
                render(children, into: &out)
                return
            }
            out += "<a href=\""
            out += HTMLEscaping.escapeURL(destination)
            out += "\""
            writeTitle(title, into: &out)
            out += ">"
            render(children, into: &out)
            out += "</a>"
        case .generatedLink(let destination, let cssClass, let title, let children):
            out += "<a href=\""
            // Escaped in two parts: percent-encoding and escaping work byte by byte.
            if !destination.hasPrefix("#") { out += HTMLEscaping.escapeURL(options.linkRoot) }
            out += HTMLEscaping.escapeURL(destination)
            out += "\" class=\""
            HTMLEscaping.escape(cssClass, into: &out)
            out += "\""
            writeTitle(title, into: &out)
            out += ">"
            render(children, into: &out)
            out += "</a>"
        case .span(let cssClass, let children):
            out += "<span class=\""
            HTMLEscaping.escape(cssClass, into: &out)
            out += "\">"
            render(children, into: &out)
            out += "</span>"
        case .image(let source, let title, let alt):
            guard HTMLEscaping.isSafeURL(source) else {
                HTMLEscaping.escape(Inline.plainText(alt), into: &out)
                return
            }
            out += "<img src=\"\(HTMLEscaping.escapeURL(source))\" alt=\""
            HTMLEscaping.escape(Inline.plainText(alt), into: &out)
            out += "\""
            if !title.isEmpty {
                out += " title=\"\(HTMLEscaping.escape(title))\""
            }
            out += ">"
        case .footnoteReference(let label):
            let number: Int
            if let known = footnoteNumbers[label] {
                number = known
            } else {
                number = footnoteNumbers.count + 1
                footnoteNumbers[label] = number
                footnoteOrder.append(label)
            }
            let count = (footnoteReferenceCounts[label] ?? 0) + 1
            footnoteReferenceCounts[label] = count
            let id = "\(options.footnotePrefix)-\(number)"
            let refID = count == 1 ? "\(id)-ref" : "\(id)-ref-\(count)"
            out += "<sup class=\"footnote-ref\"><a href=\"#\(id)\" id=\"\(refID)\" aria-label=\"Note \(number)\">\(number)</a></sup>"
        }
    }

    /// ` title="…"` for a link with a title; nothing for one without.
    private func writeTitle(_ title: String, into out: inout [UInt8]) {
        guard !title.isEmpty else { return }
        out += " title=\""
        HTMLEscaping.escape(title, into: &out)
        out += "\""
    }

    /// GFM's tag filter: neutralises the tags that change how a page parses or runs.
    static func tagFiltered(_ html: String) -> String {
        let lowered = html.lowercased()
        guard filteredTags.contains(where: { lowered.contains("<" + $0) || lowered.contains("</" + $0) }) else {
            return html
        }
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<" {
                let rest = html[html.index(after: index)...].lowercased()
                let name = rest.hasPrefix("/") ? String(rest.dropFirst()) : rest
                if filteredTags.contains(where: { tag in
                    name.hasPrefix(tag) && (name.count == tag.count
                        || [" ", ">", "/", "\t", "\n"].contains(name[name.index(name.startIndex, offsetBy: tag.count)]))
                }) {
                    out += "&lt;"
                    index = html.index(after: index)
                    continue
                }
            }
            out.append(html[index])
            index = html.index(after: index)
        }
        return out
    }

    private static let filteredTags = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ]
}
