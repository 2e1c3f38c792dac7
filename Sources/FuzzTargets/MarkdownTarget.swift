import Markdown

/// The `markdown` target: the input is any Markdown text, parsed by ``MarkdownParser`` and
/// rendered by ``HTMLRenderer``, once as the site renders content (no raw HTML) and once
/// with smart punctuation and raw HTML allowed.
///
/// Checks that without raw HTML the output holds only the tags the renderer writes (so no
/// content can inject markup) and no link to a `javascript:` or `vbscript:` address.
enum MarkdownTarget {
    /// The tags ``HTMLRenderer`` writes itself.
    static let rendererTags: Set<String> = [
        "a", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "input",
        "li", "ol", "p", "pre", "section", "span", "strong", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ]

    /// Runs the target on one input: any Markdown text.
    static func run(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        let document = MarkdownParser().parse(text)
        var renderer = HTMLRenderer()
        checkSafe(renderer.render(document))

        let smart = MarkdownParser(options: .init(smartPunctuation: true)).parse(text, firstLine: 10)
        var raw = HTMLRenderer(options: .init(allowRawHTML: true, footnotePrefix: "x-fn", linkRoot: "../../"))
        _ = raw.render(smart)
    }

    /// Every `<` starts a tag of ``rendererTags`` or the "raw HTML omitted" comment, and no
    /// `href` or `src` holds a script address.
    private static func checkSafe(_ html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var nameStart = open + 1
            if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            let isComment = bytes[(open + 1)...].starts(with: "!-- raw HTML omitted -->".utf8)
            FuzzCheck.expect(isComment || rendererTags.contains(name), "the HTML holds a tag the renderer does not write: \(String(decoding: bytes[open..<min(bytes.count, open + 40)], as: UTF8.self).debugDescription)")
            index = open + 1
        }
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                let value = rest[range.upperBound...].prefix { $0 != "\"" }.lowercased()
                let folded = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
                FuzzCheck.expect(!folded.hasPrefix("javascript:") && !folded.hasPrefix("vbscript:"), "a script address in \(attribute)\(value)")
                rest = rest[range.upperBound...]
            }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }
}
