import Addressing
import Markdown
import Structure

/// Builds the context of a ``DraftText`` for the `draft-*` partials: its preamble, chapters,
/// articles, paragraphs and points, each with its anchor, and their Markdown (inline text,
/// blocks, footnotes) rendered by ``HTMLRenderer``, in document order so that footnotes are
/// numbered as they appear.
struct DraftTextBuilder {
    var renderer: HTMLRenderer
    /// The passages citing each article, by article anchor.
    let citedBy: [Anchor: CitedByContext]
    /// The link from each article (by anchor) to its page across drafts.
    let provisionLinks: [Anchor: ProvisionLink]
    /// Whether paragraphs and points carry their anchors and permalinks: `false` where an
    /// article is quoted on another page (the draft page holds the citable anchors).
    let anchored: Bool
    /// Headings as the text writes them (a translation), not "Article N".
    let ownWords: Bool

    init(
        allowRawHTML: Bool, linkRoot: String, citedBy: [Anchor: CitedByContext] = [:], provisionLinks: [Anchor: ProvisionLink] = [:],
        anchored: Bool = true, footnotePrefix: String = "fn", ownWords: Bool = false
    ) {
        self.ownWords = ownWords
        renderer = HTMLRenderer(options: .init(allowRawHTML: allowRawHTML, footnotePrefix: footnotePrefix, linkRoot: linkRoot))
        self.citedBy = citedBy
        self.provisionLinks = provisionLinks
        self.anchored = anchored
    }

    /// The whole text: the editor's note, the preamble, the parts and the footnotes.
    mutating func text(_ text: DraftText) -> DraftTextContext {
        let note = text.front.isEmpty ? nil : html(text.front)
        var preamble: DraftPreambleContext?
        if let source = text.preamble {
            let heading = html(source.heading)
            var elements: [PreambleElementContext] = []
            for element in source.elements {
                switch element {
                case .recital(let recital):
                    let recitalText = html(recital.inlines)
                    elements.append(PreambleElementContext(
                        recital: RecitalContext(anchor: recital.anchor.id, number: recital.number, text: recitalText), block: nil
                    ))
                case .block(let block):
                    elements.append(PreambleElementContext(recital: nil, block: html([block])))
                }
            }
            preamble = DraftPreambleContext(anchor: Anchor.preamble.id, heading: heading, elements: elements)
        }
        var parts: [DraftPartContext] = []
        for part in text.parts { parts.append(partContext(part)) }
        var footnotes = ""
        renderer.renderFootnotes(text.footnotes, into: &footnotes)
        return DraftTextContext(note: note, preamble: preamble, parts: parts, footnotes: footnotes)
    }

    /// The body of one article (paragraphs, points and text, no heading), then the footnotes
    /// it references from `footnotes`.
    mutating func body(of article: Article, footnotes: [Footnote]) -> ArticleBodyContext {
        let content = contentContexts(of: article)
        var notes = ""
        renderer.renderFootnotes(footnotes, into: &notes)
        return ArticleBodyContext(content: content, footnotes: notes)
    }

    /// A chapter, an annex, or the articles outside any; only a part with a heading renders it.
    private mutating func partContext(_ part: Part) -> DraftPartContext {
        let wrapped = part.kind != .untitled
        let heading = wrapped ? html(part.heading) : ""
        let intro = html(part.intro)
        var articles: [DraftArticleContext] = []
        for article in part.articles { articles.append(articleContext(article)) }
        return DraftPartContext(
            wrapped: wrapped, kind: part.kind.rawValue, anchor: part.anchor?.id, heading: heading,
            headingText: Inline.plainText(part.heading), intro: intro, articles: articles
        )
    }

    private mutating func articleContext(_ article: Article) -> DraftArticleContext {
        let content = contentContexts(of: article)
        let ownHeading = ownWords && !article.heading.isEmpty
        return DraftArticleContext(
            anchor: article.anchor.id, number: article.number,
            label: ownHeading ? Inline.plainText(article.heading) : "Article \(article.number)",
            title: ownHeading ? nil : article.title, provision: provisionLinks[article.anchor],
            content: content, citedBy: citedBy[article.anchor]
        )
    }

    /// An article's numbered paragraphs, and the text outside them.
    private mutating func contentContexts(of article: Article) -> [DraftContentContext] {
        var result: [DraftContentContext] = []
        var loose: [DraftNode] = []
        for content in article.content {
            switch content {
            case .paragraph(let paragraph):
                if !loose.isEmpty {
                    result.append(DraftContentContext(paragraph: nil, nodes: nodeContexts(loose)))
                    loose = []
                }
                let nodes = nodeContexts(paragraph.content)
                let context = DraftParagraphContext(
                    anchor: paragraph.anchor.id, anchored: anchored, article: article.number, number: paragraph.number, nodes: nodes
                )
                result.append(DraftContentContext(paragraph: context, nodes: []))
            case .node(let node):
                loose.append(node)
            }
        }
        if !loose.isEmpty { result.append(DraftContentContext(paragraph: nil, nodes: nodeContexts(loose))) }
        return result
    }

    /// Text runs, blocks and points; consecutive points form one list.
    private mutating func nodeContexts(_ nodes: [DraftNode]) -> [DraftNodeContext] {
        var result: [DraftNodeContext] = []
        var points: [DraftPointContext] = []
        for node in nodes {
            if case .point(let point) = node {
                points.append(pointContext(point))
                continue
            }
            if !points.isEmpty {
                result.append(DraftNodeContext(text: nil, block: nil, hasPoints: true, points: points))
                points = []
            }
            switch node {
            case .text(let inlines, _):
                result.append(DraftNodeContext(text: html(inlines), block: nil, hasPoints: false, points: []))
            case .block(let block):
                result.append(DraftNodeContext(text: nil, block: html([block]), hasPoints: false, points: []))
            case .point:
                break
            }
        }
        if !points.isEmpty { result.append(DraftNodeContext(text: nil, block: nil, hasPoints: true, points: points)) }
        return result
    }

    private mutating func pointContext(_ point: Point) -> DraftPointContext {
        let text = html(point.inlines)
        var children: [DraftPointContext] = []
        for child in point.children { children.append(pointContext(child)) }
        return DraftPointContext(
            anchor: point.anchor.id, anchored: anchored, label: point.label, text: text, hasPoints: !children.isEmpty, points: children
        )
    }

    private mutating func html(_ inlines: [Inline]) -> String {
        var out = ""
        renderer.render(inlines, into: &out)
        return out
    }

    private mutating func html(_ blocks: [Block]) -> String {
        var out = ""
        for block in blocks { renderer.render(block, into: &out) }
        return out
    }
}
