import Addressing
import Diagnostics
import Markdown

/// The first phase of ``DraftParser``: the preamble and its recitals, the chapters and
/// annexes, the articles, and every other block where it stands (an article's blocks are
/// kept for ``ArticleContent``).
struct DraftOutline {
    let path: String
    /// The draft so far; articles have no content yet.
    private(set) var text: DraftText
    /// The blocks under each article, by part and article index.
    private(set) var blocks: [[[Block]]] = []
    private var inPreamble = false
    private var seenParts: [Anchor: Int] = [:]
    private var seenArticles: [Anchor: Int] = [:]

    init(path: String, footnotes: [Footnote]) {
        self.path = path
        text = DraftText(footnotes: footnotes)
    }

    /// Places one top-level block of the draft.
    mutating func add(_ block: Block, log: inout DiagnosticLog) {
        switch block.kind {
        case .heading(1, let inlines):
            openPart(inlines, line: block.line, log: &log)
        case .heading(2, let inlines):
            let heading = Inline.plainText(inlines)
            guard let article = HeadingPattern.article(heading) else {
                log.warning(path, line: block.line, "level-2 heading '\(heading)' is not 'Article <number>'; articles are written '## Article 24. Title'")
                place(block, isHeading: true, log: &log)
                return
            }
            openArticle(article, heading: inlines, line: block.line, log: &log)
        case .paragraph(let inlines) where inPreamble:
            // "The States Parties to this Convention," opens the preamble; it is not a recital.
            if text.preamble?.elements.isEmpty == true, let (chapeau, rest) = PreambleChapeau.split(inlines) {
                var opening = block
                opening.kind = .paragraph(chapeau)
                text.preamble?.elements.append(.block(opening))
                if !rest.isEmpty { addRecital(number: nil, inlines: rest, line: block.line + 1, log: &log) }
            } else {
                addRecital(number: nil, inlines: inlines, line: block.line, log: &log)
            }
        case .list(let list) where inPreamble && list.ordered:
            // Numbered recitals ("9. Recognizing ...") keep their written numbers, so an
            // outline can hold recital 9 without inventing recitals 1 to 8.
            for (offset, item) in list.items.enumerated() {
                let inlines = item.blocks.flatMap { child -> [Inline] in
                    if case .paragraph(let inlines) = child.kind { return inlines } else { return [] }
                }
                addRecital(number: item.writtenNumber ?? (list.start + offset), inlines: inlines, line: item.line, log: &log)
            }
        default:
            place(block, isHeading: false, log: &log)
        }
    }

    /// A level-1 heading: the preamble, a chapter, an annex, or another part without anchor.
    private mutating func openPart(_ inlines: [Inline], line: Int, log: inout DiagnosticLog) {
        let heading = Inline.plainText(inlines)
        inPreamble = false
        if HeadingPattern.isPreamble(heading) {
            if text.preamble != nil {
                log.error(path, line: line, "a second '# Preamble'; a draft has one preamble")
            } else {
                text.preamble = Preamble(line: line, heading: inlines, recitals: [], elements: [])
                inPreamble = true
            }
        } else if let chapter = HeadingPattern.chapter(heading) {
            let anchor = Anchor.chapter(chapter.number)
            if let first = seenParts[anchor] {
                log.error(path, line: line, "Chapter \(chapter.number) appears twice (first on line \(first)); each chapter needs its own number")
            }
            seenParts[anchor] = line
            appendPart(Part(kind: .chapter, number: chapter.number, title: chapter.title, anchor: anchor, heading: inlines, line: line, intro: [], articles: []))
        } else if let annex = HeadingPattern.annex(heading) {
            let anchor = Anchor.annex(annex.number)
            if let first = seenParts[anchor] {
                log.error(path, line: line, "\(heading) repeats the annex on line \(first); number annexes (Annex I, Annex II)")
            }
            seenParts[anchor] = line
            appendPart(Part(kind: .annex, number: annex.number, title: annex.title, anchor: anchor, heading: inlines, line: line, intro: [], articles: []))
        } else {
            log.warning(path, line: line, "level-1 heading '\(heading)' is not 'Preamble', 'Chapter <number>' or 'Annex <number>'; it gets no anchor")
            appendPart(Part(kind: .other, number: nil, title: heading, anchor: nil, heading: inlines, line: line, intro: [], articles: []))
        }
    }

    /// A level-2 `Article <number>` heading, in the current part (an untitled one before any).
    private mutating func openArticle(_ article: HeadingPattern.Numbered, heading: [Inline], line: Int, log: inout DiagnosticLog) {
        inPreamble = false
        let anchor = Anchor.article(article.number)
        if let first = seenArticles[anchor] {
            log.error(path, line: line, "duplicate article: Article \(article.number) is already on line \(first); renumber one of them (or mark it 'bis')")
            return
        }
        seenArticles[anchor] = line
        let part = currentPart()
        text.parts[part].articles.append(Article(number: article.number, title: article.title, anchor: anchor, line: line, heading: heading, content: []))
        blocks[part].append([])
    }

    /// A recital, numbered as written or after the last one.
    private mutating func addRecital(number: Int?, inlines: [Inline], line: Int, log: inout DiagnosticLog) {
        let recitals = text.preamble?.recitals ?? []
        let number = number ?? (recitals.map(\.number).max() ?? 0) + 1
        if recitals.contains(where: { $0.number == number }) {
            log.error(path, line: line, "preambular paragraph \(number) appears twice; recital numbers must be unique")
            return
        }
        let recital = Recital(number: number, anchor: .recital(number), line: line, inlines: inlines)
        text.preamble?.recitals.append(recital)
        text.preamble?.elements.append(.recital(recital))
    }

    /// Any other block where it stands: in the preamble, under the last article, in the
    /// current part's introduction, or (before any heading) above the text. A heading that
    /// is not an article, before any part, opens an untitled one instead.
    private mutating func place(_ block: Block, isHeading: Bool, log: inout DiagnosticLog) {
        if inPreamble {
            text.preamble?.elements.append(.block(block))
            return
        }
        if text.parts.isEmpty && !isHeading {
            text.front.append(block)
            return
        }
        let part = currentPart()
        if !text.parts[part].articles.isEmpty {
            blocks[part][blocks[part].count - 1].append(block)
        } else {
            text.parts[part].intro.append(block)
        }
    }

    /// The index of the part new articles go to, opening an untitled part when there is none.
    private mutating func currentPart() -> Int {
        if text.parts.isEmpty {
            appendPart(Part(kind: .untitled, number: nil, title: nil, anchor: nil, heading: [], line: 1, intro: [], articles: []))
        }
        return text.parts.count - 1
    }

    private mutating func appendPart(_ part: Part) {
        text.parts.append(part)
        blocks.append([])
    }
}
