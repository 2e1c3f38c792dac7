import Addressing
import Markdown
import Structure

/// Renders a ``DraftText`` as HTML: sections for the preamble, chapters and articles,
/// and elements for paragraphs, points and recitals, each carrying its anchor and permalink.
struct DraftHTML {
    var renderer: HTMLRenderer
    /// HTML listing the passages that cite each article, by article anchor.
    let citedBy: [Anchor: String]
    /// HTML linking each article (by anchor) to its page across drafts.
    let provisionLinks: [Anchor: String]
    /// Whether elements carry their anchors and permalinks: `false` where an article is
    /// quoted on another page (the draft page holds the citable anchors).
    let anchored: Bool

    init(
        allowRawHTML: Bool, linkRoot: String, citedBy: [Anchor: String] = [:], provisionLinks: [Anchor: String] = [:],
        anchored: Bool = true, footnotePrefix: String = "fn"
    ) {
        renderer = HTMLRenderer(options: .init(allowRawHTML: allowRawHTML, footnotePrefix: footnotePrefix, linkRoot: linkRoot))
        self.citedBy = citedBy
        self.provisionLinks = provisionLinks
        self.anchored = anchored
    }

    /// The body of one article (paragraphs, points and text, no heading), then the footnotes
    /// it references from `footnotes`.
    mutating func renderBody(of article: Article, footnotes: [Footnote]) -> String {
        var out = ""
        renderContent(of: article, into: &out)
        renderer.renderFootnotes(footnotes, into: &out)
        return out
    }

    /// ` id="x">` and the permalink, or `>` when not ``anchored``.
    private func attributes(_ anchor: Anchor, label: String) -> String {
        anchored ? HTMLRenderer.anchorAttributes(anchor.id, label: label) : ">"
    }

    mutating func render(_ text: DraftText) -> String {
        var out = ""
        if !text.front.isEmpty {
            out += "<div class=\"draft-note\">\n"
            for block in text.front { renderer.render(block, into: &out) }
            out += "</div>\n"
        }
        if let preamble = text.preamble {
            out += "<section class=\"preamble\" id=\"\(Anchor.preamble.id)\">\n<h2>" + HTMLRenderer.permalink(Anchor.preamble.id, label: "Link to the preamble")
            renderer.render(preamble.heading, into: &out)
            out += "</h2>\n"
            for element in preamble.elements {
                switch element {
                case .recital(let recital):
                    out += "<p class=\"recital\"" + HTMLRenderer.anchorAttributes(recital.anchor.id, label: "Link to preambular paragraph \(recital.number)")
                    out += "<span class=\"num\">\(recital.number).</span> "
                    renderer.render(recital.inlines, into: &out)
                    out += "</p>\n"
                case .block(let block):
                    renderer.render(block, into: &out)
                }
            }
            out += "</section>\n"
        }
        for part in text.parts {
            render(part, into: &out)
        }
        renderer.renderFootnotes(text.footnotes, into: &out)
        return out
    }

    private mutating func render(_ part: Part, into out: inout String) {
        let wrapped = part.kind != .untitled
        if wrapped {
            out += "<section class=\"\(part.kind.rawValue)\""
            if let anchor = part.anchor {
                out += " id=\"\(HTMLEscaping.escape(anchor.id))\">\n<h2>"
                out += HTMLRenderer.permalink(anchor.id, label: "Link to \(Inline.plainText(part.heading))")
            } else {
                out += ">\n<h2>"
            }
            renderer.render(part.heading, into: &out)
            out += "</h2>\n"
        }
        for block in part.intro { renderer.render(block, into: &out) }
        for article in part.articles { render(article, into: &out) }
        if wrapped { out += "</section>\n" }
    }

    private mutating func render(_ article: Article, into out: inout String) {
        out += "<section class=\"article\" id=\"\(HTMLEscaping.escape(article.anchor.id))\">\n<h3>"
        out += HTMLRenderer.permalink(article.anchor.id, label: "Link to Article \(article.number)")
        out += "<span class=\"article-number\">Article \(HTMLEscaping.escape(article.number))</span>"
        if let title = article.title {
            out += "<span class=\"article-title\">"
            HTMLEscaping.escape(title, into: &out)
            out += "</span>"
        }
        out += "</h3>\n"
        if let link = provisionLinks[article.anchor] { out += link }
        renderContent(of: article, into: &out)
        if let cited = citedBy[article.anchor] { out += cited }
        out += "</section>\n"
    }

    /// An article's paragraphs, points and loose text.
    private mutating func renderContent(of article: Article, into out: inout String) {
        var loose: [DraftNode] = []
        for content in article.content {
            switch content {
            case .paragraph(let paragraph):
                render(loose, into: &out)
                loose = []
                out += "<div class=\"para\"" + attributes(paragraph.anchor, label: "Link to Article \(article.number), paragraph \(paragraph.number)")
                out += "<span class=\"num\">\(paragraph.number).</span> "
                render(paragraph.content, into: &out)
                out += "</div>\n"
            case .node(let node):
                loose.append(node)
            }
        }
        render(loose, into: &out)
    }

    /// Renders text runs, blocks and points; consecutive points form one list.
    private mutating func render(_ nodes: [DraftNode], into out: inout String) {
        var inPoints = false
        for node in nodes {
            if case .point(let point) = node {
                if !inPoints { out += "<ol class=\"points\">\n"; inPoints = true }
                render(point, into: &out)
                continue
            }
            if inPoints { out += "</ol>\n"; inPoints = false }
            switch node {
            case .text(let inlines, _):
                out += "<span class=\"text\">"
                renderer.render(inlines, into: &out)
                out += "</span>\n"
            case .block(let block):
                renderer.render(block, into: &out)
            case .point:
                break
            }
        }
        if inPoints { out += "</ol>\n" }
    }

    private mutating func render(_ point: Point, into out: inout String) {
        out += "<li class=\"point\"" + attributes(point.anchor, label: "Link to point (\(point.label))")
        out += "<span class=\"num\">(\(HTMLEscaping.escape(point.label)))</span> "
        renderer.render(point.inlines, into: &out)
        if !point.children.isEmpty {
            out += "\n<ol class=\"points\">\n"
            for child in point.children { render(child, into: &out) }
            out += "</ol>\n"
        }
        out += "</li>\n"
    }
}
