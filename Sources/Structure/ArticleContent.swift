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
            let context = Self.subPointScript(after: open?.nodes ?? run)
            guard case .list(let list) = block.kind, list.ordered, context != .chinese else {
                if open != nil { open?.nodes += nodes(of: block, after: context) } else { run += nodes(of: block, after: context) }
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
                let content = nest(nodes(of: item.blocks, after: nil), under: anchor, article: article.number, seen: &labels, log: &log)
                result.append(.paragraph(NumberedParagraph(number: number, anchor: anchor, line: item.line, content: content)))
            }
        }
        close()
        flush()
        return result
    }

    /// The nodes of `blocks` in order, each block read after the nodes before it.
    func nodes(of blocks: [Block], after context: PointLabel.Script?) -> [PendingNode] {
        var result: [PendingNode] = []
        for block in blocks {
            result += nodes(of: block, after: Self.subPointScript(after: result) ?? context)
        }
        return result
    }

    /// Splits a block into text runs, points and other blocks (points not nested yet).
    /// `context` is the script of the letter point before the block, which decides how its
    /// sub-points may be numbered (``PointLabel/numberedSubPoint(_:under:)``); an ordered
    /// list under a Chinese point lists its sub-points (`1.` under `(一)`).
    func nodes(of block: Block, after context: PointLabel.Script?) -> [PendingNode] {
        switch block.kind {
        case .paragraph(let inlines):
            return split(inlines, line: block.line, after: context)
        case .list(let list) where list.ordered && context == .chinese:
            return subPoints(list)
        case .list(let list) where list.items.allSatisfy({ item in
            if case .paragraph(let inlines)? = item.blocks.first?.kind, case .text(let first)? = inlines.first {
                return PointLabel.leading(first) != nil || PointLabel.numberedSubPoint(first, under: context ?? .latin) != nil
            }
            return false
        }):
            var result: [PendingNode] = []
            for item in list.items {
                result += nodes(of: item.blocks, after: Self.subPointScript(after: result) ?? context)
            }
            return result
        default:
            return [.block(block)]
        }
    }

    /// The items of an ordered list under a Chinese point as its sub-points: item `1.` is
    /// `(i)`; what follows a sub-point's first paragraph (a lazy `(二)` line) comes after it.
    func subPoints(_ list: List) -> [PendingNode] {
        var result: [PendingNode] = []
        for (offset, item) in list.items.enumerated() {
            let number = item.writtenNumber ?? (list.start + offset)
            var inner = nodes(of: item.blocks, after: .chinese)
            var inlines: [Inline] = []
            if case .text(let text, _)? = inner.first {
                inlines = text
                inner.removeFirst()
            }
            result.append(.point(label: PointLabel.roman(min(max(number, 1), 39)), line: item.line, inlines: inlines, script: .latin, sub: true))
            result += inner
        }
        return result
    }

    /// The script of the last letter point among `nodes` (sub-points skipped), or `nil` when
    /// there is none.
    static func subPointScript(after nodes: [PendingNode]) -> PointLabel.Script? {
        for node in nodes.reversed() {
            if case .point(_, _, _, let script, let sub) = node, !sub { return script }
        }
        return nil
    }

    /// Splits inline content at line breaks followed by a point label (or, after an Arabic
    /// or Chinese point, by a numbered sub-point label).
    func split(_ inlines: [Inline], line: Int, after context: PointLabel.Script? = nil) -> [PendingNode] {
        var result: [PendingNode] = []
        var current: [Inline] = []
        var currentLine = line
        var lineNumber = line
        var script = context
        func flush() {
            guard let first = current.first else { return }
            if case .text(let text) = first, let (label, rest) = PointLabel.leading(text) {
                var inlines = current
                if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
                let sub = PointLabel.isQuotedNumber(text)
                let labelScript = PointLabel.script(text)
                result.append(.point(label: label, line: currentLine, inlines: inlines, script: labelScript, sub: sub))
                if !sub { script = labelScript }
            } else if case .text(let text) = first, let (label, rest) = PointLabel.numberedSubPoint(text, under: script ?? .latin) {
                var inlines = current
                if rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(rest)) }
                result.append(.point(label: label, line: currentLine, inlines: inlines, script: .latin, sub: true))
            } else {
                while let last = current.last, last == .softBreak || last == .lineBreak { current.removeLast() }
                result.append(.text(current, line: currentLine))
            }
            current = []
        }
        for (index, inline) in inlines.enumerated() {
            if inline == .softBreak || inline == .lineBreak {
                lineNumber += 1
                // The script of the point being read, if the current line starts one.
                var under = script
                if case .text(let text)? = current.first, PointLabel.leading(text) != nil, !PointLabel.isQuotedNumber(text) {
                    under = PointLabel.script(text)
                }
                if index + 1 < inlines.count, case .text(let next) = inlines[index + 1],
                   PointLabel.leading(next) != nil || PointLabel.numberedSubPoint(next, under: under ?? .latin) != nil {
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
            if case .point(let label, _, _, _, let sub) = node, !sub { return label } else { return nil }
        }
        let romanTopLevel = labels.first == "i" && labels.dropFirst().first == "ii"
        var result: [DraftNode] = []
        var lastLetterIndex: Int?
        for node in nodes {
            let label: String, line: Int, inlines: [Inline], sub: Bool
            switch node {
            case .text(let text, let textLine):
                result.append(.text(text, line: textLine))
                continue
            case .block(let block):
                result.append(.block(block))
                continue
            case .point(let pointLabel, let pointLine, let pointInlines, _, let isSub):
                (label, line, inlines, sub) = (pointLabel, pointLine, pointInlines, isSub)
            }
            let lastLetter: String? = lastLetterIndex.flatMap { index in
                if case .point(let p) = result[index] { return p.label } else { return nil }
            }
            let isChild: Bool
            if sub {
                // A sub-point numbered as such (`’1‘`, `1.` under `(一)`) belongs to the letter before it.
                isChild = lastLetterIndex != nil
            } else if romanTopLevel || !PointLabel.isRoman(label) {
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
        /// A point, with the script its label is written in, and whether it is a sub-point by
        /// the way it is numbered (it then belongs to the letter point before it).
        case point(label: String, line: Int, inlines: [Inline], script: PointLabel.Script, sub: Bool)
        case block(Block)
    }
}
