import Addressing
import Diagnostics
import Markdown

/// The second phase of ``DraftParser``: an article's blocks as its numbered paragraphs (the
/// items of ordered lists, by their written numbers), its points (`(a)` lines or list items,
/// `(ii)` nested under the letter before it) and its other text, each with its anchor.
struct ArticleContent {
    let path: String

    /// The content of `article` from the blocks written under its heading.
    func content(of article: Article, blocks: [Block], log: inout DiagnosticLog) -> [Article.Content] {
        var result: [Article.Content] = []
        var numbers: Set<Int> = []
        // Points written directly under the article, run by run between paragraphs; their
        // labels must be unique across the whole article.
        var run: [PendingNode] = []
        var runLabels: Set<String> = []
        func flush() {
            guard !run.isEmpty else { return }
            result += nest(run, under: article.anchor, article: article.number, seen: &runLabels, log: &log).map { .node($0) }
            run = []
        }
        // A paragraph whose number is written in its text (`1 - `, `١.`, `一、`) holds the
        // blocks after it until the next numbered paragraph.
        var open: (number: Int, anchor: Anchor, line: Int, nodes: [PendingNode])?
        func close() {
            guard let paragraph = open else { return }
            var labels: Set<String> = []
            let content = nest(paragraph.nodes, under: paragraph.anchor, article: article.number, seen: &labels, log: &log)
            result.append(.paragraph(NumberedParagraph(number: paragraph.number, anchor: paragraph.anchor, line: paragraph.line, content: content)))
            open = nil
        }
        for block in blocks {
            if case .paragraph(let inlines) = block.kind, case .text(let first)? = inlines.first, let (number, rest) = ParagraphNumber.leading(first) {
                flush()
                close()
                var inlines = inlines
                if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
                guard numbers.insert(number).inserted else {
                    log.error(path, line: block.line, "Article \(article.number) has paragraph \(number) twice; paragraph numbers must be unique within an article")
                    continue
                }
                open = (number, article.anchor.paragraph(String(number)) ?? article.anchor, block.line, split(inlines, line: block.line))
                continue
            }
            guard case .list(let list) = block.kind, list.ordered else {
                if open != nil { open?.nodes += nodes(of: block) } else { run += nodes(of: block) }
                continue
            }
            flush()
            close()
            for (offset, item) in list.items.enumerated() {
                let number = item.writtenNumber ?? (list.start + offset)
                guard numbers.insert(number).inserted else {
                    log.error(path, line: item.line, "Article \(article.number) has paragraph \(number) twice; paragraph numbers must be unique within an article")
                    continue
                }
                let anchor = article.anchor.paragraph(String(number)) ?? article.anchor
                var labels: Set<String> = []
                let content = nest(item.blocks.flatMap(nodes(of:)), under: anchor, article: article.number, seen: &labels, log: &log)
                result.append(.paragraph(NumberedParagraph(number: number, anchor: anchor, line: item.line, content: content)))
            }
        }
        close()
        flush()
        return result
    }

    /// Splits a block into text runs, points and other blocks (points not nested yet).
    func nodes(of block: Block) -> [PendingNode] {
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
    func split(_ inlines: [Inline], line: Int) -> [PendingNode] {
        var result: [PendingNode] = []
        var current: [Inline] = []
        var currentLine = line
        var lineNumber = line
        func flush() {
            guard let first = current.first else { return }
            if case .text(let text) = first, let (label, rest) = PointLabel.leading(text) {
                var inlines = current
                if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
                result.append(.point(label: label, line: currentLine, inlines: inlines))
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

    /// Nests roman points under the letter point before them and gives every point its anchor.
    func nest(_ nodes: [PendingNode], under parent: Anchor, article: String, seen: inout Set<String>, log: inout DiagnosticLog) -> [DraftNode] {
        let labels = nodes.compactMap { node -> String? in
            if case .point(let label, _, _) = node { return label } else { return nil }
        }
        let romanTopLevel = labels.first == "i" && labels.dropFirst().first == "ii"
        var result: [DraftNode] = []
        var lastLetterIndex: Int?
        for node in nodes {
            let label: String, line: Int, inlines: [Inline]
            switch node {
            case .text(let text, let textLine):
                result.append(.text(text, line: textLine))
                continue
            case .block(let block):
                result.append(.block(block))
                continue
            case .point(let pointLabel, let pointLine, let pointInlines):
                (label, line, inlines) = (pointLabel, pointLine, pointInlines)
            }
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
                if letter.children.contains(where: { $0.label == label }) {
                    log.error(path, line: line, "Article \(article) has point (\(label)) twice under (\(letter.label)); point labels must be unique")
                    continue
                }
                letter.children.append(Point(label: label, anchor: letter.anchor.point(label) ?? letter.anchor, line: line, inlines: inlines, children: []))
                result[index] = .point(letter)
            } else {
                if !seen.insert(label).inserted {
                    log.error(path, line: line, "Article \(article) has point (\(label)) twice; point labels must be unique")
                    continue
                }
                result.append(.point(Point(label: label, anchor: parent.point(label) ?? parent, line: line, inlines: inlines, children: [])))
                lastLetterIndex = result.count - 1
            }
        }
        return result
    }

    /// A piece of an article before its points are nested and anchored.
    enum PendingNode {
        case text([Inline], line: Int)
        case point(label: String, line: Int, inlines: [Inline])
        case block(Block)
    }
}
