import Diagnostics
import Markdown

/// The structure stage for drafts: turns a draft's Markdown into a ``DraftText``, reporting
/// duplicate articles, paragraphs and points (their anchors would collide) and headings it
/// cannot place.
public struct DraftParser {
    /// The draft file, for diagnostics.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Parses the blocks of a draft.
    public func parse(_ document: MarkdownDocument, log: inout DiagnosticLog) -> DraftText {
        var text = DraftText(footnotes: document.footnotes)
        var inPreamble = false
        var recitalCount = 0
        var seenParts: [String: Int] = [:]
        var seenArticles: [String: Int] = [:]

        for block in document.blocks {
            switch block.kind {
            case .heading(1, let inlines):
                let heading = Inline.plainText(inlines)
                inPreamble = false
                if HeadingPattern.isPreamble(heading) {
                    if text.preamble != nil {
                        log.error(path, line: block.line, "a second '# Preamble'; a draft has one preamble")
                    } else {
                        text.preamble = Preamble(line: block.line, heading: inlines, recitals: [], elements: [])
                        inPreamble = true
                    }
                } else if let chapter = HeadingPattern.chapter(heading) {
                    let anchor = "chp_" + Article.anchorNumber(chapter.number).uppercased()
                    if let first = seenParts[anchor] {
                        log.error(path, line: block.line, "Chapter \(chapter.number) appears twice (first on line \(first)); each chapter needs its own number")
                    }
                    seenParts[anchor] = block.line
                    text.parts.append(Part(kind: .chapter, number: chapter.number, title: chapter.title, anchor: anchor, heading: inlines, line: block.line, intro: [], articles: []))
                } else if let annex = HeadingPattern.annex(heading) {
                    let anchor = annex.number.isEmpty ? "annex" : "annex_" + Article.anchorNumber(annex.number).uppercased()
                    if let first = seenParts[anchor] {
                        log.error(path, line: block.line, "\(heading) repeats the annex on line \(first); number annexes (Annex I, Annex II)")
                    }
                    seenParts[anchor] = block.line
                    text.parts.append(Part(kind: .annex, number: annex.number, title: annex.title, anchor: anchor, heading: inlines, line: block.line, intro: [], articles: []))
                } else {
                    log.warning(path, line: block.line, "level-1 heading '\(heading)' is not 'Preamble', 'Chapter <number>' or 'Annex <number>'; it gets no anchor")
                    text.parts.append(Part(kind: .other, number: nil, title: heading, anchor: nil, heading: inlines, line: block.line, intro: [], articles: []))
                }
            case .heading(2, let inlines):
                let heading = Inline.plainText(inlines)
                guard let article = HeadingPattern.article(heading) else {
                    log.warning(path, line: block.line, "level-2 heading '\(heading)' is not 'Article <number>'; articles are written '## Article 24. Title'")
                    appendLoose(block, to: &text, inPreamble: inPreamble)
                    continue
                }
                inPreamble = false
                let anchor = "art_" + Article.anchorNumber(article.number)
                if let first = seenArticles[anchor] {
                    log.error(path, line: block.line, "duplicate article: Article \(article.number) is already on line \(first); renumber one of them (or mark it 'bis')")
                    continue
                }
                seenArticles[anchor] = block.line
                let index = Self.currentPartIndex(&text)
                text.parts[index].articles.append(Article(number: article.number, title: article.title, anchor: anchor, line: block.line, heading: inlines, content: []))
            case .paragraph(let inlines) where inPreamble:
                recitalCount += 1
                let recital = Recital(number: recitalCount, anchor: "preamble__rec_\(recitalCount)", line: block.line, inlines: inlines)
                text.preamble?.recitals.append(recital)
                text.preamble?.elements.append(.recital(recital))
            case .list(let list) where inPreamble && list.ordered:
                // Numbered recitals ("9. Recognizing ...") keep their written numbers, so an
                // outline can hold recital 9 without inventing recitals 1 to 8.
                for (offset, item) in list.items.enumerated() {
                    let number = item.writtenNumber ?? (list.start + offset)
                    if text.preamble?.recitals.contains(where: { $0.number == number }) == true {
                        log.error(path, line: item.line, "preambular paragraph \(number) appears twice; recital numbers must be unique")
                        continue
                    }
                    let inlines = item.blocks.flatMap { child -> [Inline] in
                        if case .paragraph(let inlines) = child.kind { return inlines } else { return [] }
                    }
                    let recital = Recital(number: number, anchor: "preamble__rec_\(number)", line: item.line, inlines: inlines)
                    text.preamble?.recitals.append(recital)
                    text.preamble?.elements.append(.recital(recital))
                    recitalCount = max(recitalCount, number)
                }
            default:
                if inPreamble {
                    text.preamble?.elements.append(.block(block))
                } else if let partIndex = text.parts.indices.last, !text.parts[partIndex].articles.isEmpty {
                    let articleIndex = text.parts[partIndex].articles.count - 1
                    var article = text.parts[partIndex].articles[articleIndex]
                    append(block, to: &article, log: &log)
                    text.parts[partIndex].articles[articleIndex] = article
                } else if let partIndex = text.parts.indices.last {
                    text.parts[partIndex].intro.append(block)
                } else {
                    text.front.append(block)
                }
            }
        }
        for part in text.parts.indices {
            for index in text.parts[part].articles.indices {
                nestArticlePoints(&text.parts[part].articles[index], log: &log)
            }
        }
        return text
    }

    /// The index of the part new articles go to, opening an untitled part when there is none
    /// yet. (A function of `text` rather than a closure over it: a closure capturing `text`
    /// called while `text` is passed `inout` is a simultaneous access, which traps.)
    private static func currentPartIndex(_ text: inout DraftText) -> Int {
        if text.parts.isEmpty {
            text.parts.append(Part(kind: .untitled, number: nil, title: nil, anchor: nil, heading: [], line: 1, intro: [], articles: []))
        }
        return text.parts.count - 1
    }

    /// Keeps a level-2 heading that is not an article where it stands: in the preamble, in
    /// the last article, or in the introduction of the current part.
    private func appendLoose(_ block: Block, to text: inout DraftText, inPreamble: Bool) {
        if inPreamble {
            text.preamble?.elements.append(.block(block))
            return
        }
        let partIndex = Self.currentPartIndex(&text)
        if var article = text.parts[partIndex].articles.popLast() {
            article.content.append(.node(.block(block)))
            text.parts[partIndex].articles.append(article)
        } else {
            text.parts[partIndex].intro.append(block)
        }
    }

    /// Adds a block under an article: ordered lists are numbered paragraphs; points anywhere.
    private func append(_ block: Block, to article: inout Article, log: inout DiagnosticLog) {
        if case .list(let list) = block.kind, list.ordered {
            var seen = Set(article.paragraphs.map(\.number))
            for (offset, item) in list.items.enumerated() {
                let number = item.writtenNumber ?? (list.start + offset)
                let anchor = "\(article.anchor)__para_\(number)"
                if !seen.insert(number).inserted {
                    log.error(path, line: item.line, "Article \(article.number) has paragraph \(number) twice; paragraph numbers must be unique within an article")
                    continue
                }
                var nodes: [DraftNode] = []
                for child in item.blocks {
                    nodes += self.nodes(of: child)
                }
                var labels: Set<String> = []
                let content = nest(nodes, under: anchor, article: article.number, seen: &labels, log: &log)
                article.content.append(.paragraph(NumberedParagraph(number: number, anchor: anchor, line: item.line, content: content)))
            }
            return
        }
        // Points directly under the article are nested once the article is complete.
        article.content += nodes(of: block).map { .node($0) }
    }

    /// Nests the points written directly under an article (not in a numbered paragraph) and
    /// sets their anchors, run by run between paragraphs, keeping the article's order; labels
    /// must be unique across the article, and `(i)` after `(h)` continues the letters.
    private func nestArticlePoints(_ article: inout Article, log: inout DiagnosticLog) {
        var result: [Article.Content] = []
        var run: [DraftNode] = []
        var seen: Set<String> = []
        func flush() {
            guard !run.isEmpty else { return }
            result += nest(run, under: article.anchor, article: article.number, seen: &seen, log: &log).map { .node($0) }
            run = []
        }
        for content in article.content {
            if case .node(let node) = content {
                run.append(node)
            } else {
                flush()
                result.append(content)
            }
        }
        flush()
        article.content = result
    }

    /// Splits a block into text runs, points and other blocks (points not nested yet).
    private func nodes(of block: Block) -> [DraftNode] {
        switch block.kind {
        case .paragraph(let inlines):
            return split(inlines, line: block.line)
        case .list(let list) where list.items.allSatisfy({ item in
            if case .paragraph(let inlines)? = item.blocks.first?.kind, case .text(let first)? = inlines.first {
                return PointLabel.leading(first) != nil
            }
            return false
        }):
            return list.items.flatMap { item in item.blocks.flatMap(nodes(of:)) }
        default:
            return [.block(block)]
        }
    }

    /// Splits inline content at line breaks followed by a point label.
    func split(_ inlines: [Inline], line: Int) -> [DraftNode] {
        var result: [DraftNode] = []
        var current: [Inline] = []
        var currentLine = line
        var lineNumber = line
        func flush() {
            guard !current.isEmpty else { return }
            if case .text(let first) = current[0], let (label, rest) = PointLabel.leading(first) {
                var inlines = current
                if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
                result.append(.point(Point(label: label, anchor: "", line: currentLine, inlines: inlines, children: [])))
            } else {
                while let last = current.last, last == .softBreak || last == .lineBreak { current.removeLast() }
                result.append(.text(current, line: currentLine))
            }
            current = []
        }
        for (index, inline) in inlines.enumerated() {
            if inline == .softBreak || inline == .lineBreak {
                lineNumber += 1
                if index + 1 < inlines.count, case .text(let next) = inlines[index + 1], PointLabel.leading(next) != nil {
                    flush()
                    currentLine = lineNumber
                    continue
                }
            }
            current.append(inline)
        }
        flush()
        return result
    }

    /// Nests roman points under the letter point before them and sets every point's anchor.
    func nest(_ nodes: [DraftNode], under parent: String, article: String, seen: inout Set<String>, log: inout DiagnosticLog) -> [DraftNode] {
        let labels = nodes.compactMap { node -> String? in
            if case .point(let point) = node { return point.label } else { return nil }
        }
        let romanTopLevel = labels.first == "i" && labels.dropFirst().first == "ii"
        var result: [DraftNode] = []
        var lastLetterIndex: Int?
        for node in nodes {
            guard case .point(var point) = node else {
                result.append(node)
                continue
            }
            let label = point.label
            let lastLetter: String? = lastLetterIndex.flatMap { index in
                if case .point(let p) = result[index] { return p.label } else { return nil }
            }
            let isChild: Bool
            if romanTopLevel || !PointLabel.isRoman(label) {
                isChild = false
            } else if PointLabel.isLetter(label), let lastLetter, PointLabel.follows(label, lastLetter) {
                isChild = false
            } else {
                isChild = lastLetterIndex != nil
            }
            if isChild, let index = lastLetterIndex, case .point(var letter) = result[index] {
                point.anchor = "\(letter.anchor)__point_\(label)"
                if letter.children.contains(where: { $0.label == label }) {
                    log.error(path, line: point.line, "Article \(article) has point (\(label)) twice under (\(letter.label)); point labels must be unique")
                    continue
                }
                letter.children.append(point)
                result[index] = .point(letter)
            } else {
                point.anchor = "\(parent)__point_\(label)"
                if !seen.insert(label).inserted {
                    log.error(path, line: point.line, "Article \(article) has point (\(label)) twice; point labels must be unique")
                    continue
                }
                result.append(.point(point))
                lastLetterIndex = result.count - 1
            }
        }
        return result
    }
}
