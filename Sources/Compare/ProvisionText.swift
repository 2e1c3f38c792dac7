import Addressing
import Markdown
import Structure

/// The words of a provision as plain text, one line per numbered paragraph and point: what
/// the concordance compares and the redlines show.
///
/// Paragraphs keep their written number (`2. …`) and points their label (`(b) …`), so a
/// renumbered paragraph or relettered point shows in a redline.
enum ProvisionText {
    /// The whole article, without its heading.
    static func of(_ article: Article) -> String {
        var lines: [String] = []
        for content in article.content {
            switch content {
            case .paragraph(let paragraph):
                var first = "\(paragraph.number)."
                var rest: [String] = []
                append(paragraph.content, to: &rest)
                if let head = rest.first, !head.hasPrefix("(") {
                    first += " " + head
                    rest.removeFirst()
                }
                lines.append(first)
                lines += rest
            case .node(let node):
                append([node], to: &lines)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The text at `anchor` of a draft (an article, a paragraph, a point or a recital), or `nil`.
    static func of(_ text: DraftText, at anchor: Anchor) -> String? {
        if let recital = text.preamble?.recitals.first(where: { $0.anchor == anchor }) {
            return clean(Inline.plainText(recital.inlines))
        }
        guard let article = text.articles.first(where: { $0.anchor == anchor.article }) else {
            return nil
        }
        return of(article, at: anchor)
    }

    /// The text at `anchor` of `article` (the article, a paragraph or a point), or `nil`.
    static func of(_ article: Article, at anchor: Anchor) -> String? {
        if anchor == article.anchor { return of(article) }
        for content in article.content {
            switch content {
            case .paragraph(let paragraph):
                if paragraph.anchor == anchor {
                    var lines: [String] = []
                    append(paragraph.content, to: &lines)
                    return lines.joined(separator: "\n")
                }
                if let found = find(anchor, in: paragraph.content) { return found }
            case .node(let node):
                if let found = find(anchor, in: [node]) { return found }
            }
        }
        return nil
    }

    private static func append(_ nodes: [DraftNode], to lines: inout [String]) {
        for node in nodes {
            switch node {
            case .text(let inlines, _):
                let text = clean(Inline.plainText(inlines))
                if !text.isEmpty { lines.append(text) }
            case .block(let block):
                let text = clean(block.plainText)
                if !text.isEmpty { lines.append(text) }
            case .point(let point):
                append(point, to: &lines)
            }
        }
    }

    private static func append(_ point: Point, to lines: inout [String]) {
        let text = clean(Inline.plainText(point.inlines))
        lines.append(text.isEmpty ? "(\(point.label))" : "(\(point.label)) " + text)
        for child in point.children { append(child, to: &lines) }
    }

    private static func find(_ anchor: Anchor, in nodes: [DraftNode]) -> String? {
        for node in nodes {
            guard case .point(let point) = node else { continue }
            if let found = find(anchor, in: point) { return found }
        }
        return nil
    }

    private static func find(_ anchor: Anchor, in point: Point) -> String? {
        if point.anchor == anchor {
            var lines = [clean(Inline.plainText(point.inlines))]
            for child in point.children { append(child, to: &lines) }
            return lines.filter { !$0.isEmpty }.joined(separator: "\n")
        }
        for child in point.children {
            if let found = find(anchor, in: child) { return found }
        }
        return nil
    }

    /// Runs of white space as one space, trimmed.
    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespaceFast).joined(separator: " ")
    }
}
