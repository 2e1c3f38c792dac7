import Addressing
import Corpus
import Diagnostics
import Markdown
import Structure

/// The link stage for one document: finds the references of its passages to the draft it
/// cites, turns each into a link to the deepest anchor that exists, and records them.
///
/// Authors override the scanner with ordinary Markdown links, which read well on GitHub:
/// - force a link: `[the safeguards](../drafts/zero-draft.md#art_24__para_2)` links to that
///   draft and anchor (the path works on GitHub too);
/// - suppress one: `[Article 5](nolink:)` stays plain text (GitHub drops unknown schemes too).
/// Code spans and links the author wrote are left alone.
public struct CitationLinker {
    public static let suppressScheme = "nolink:"

    let scanner: ReferenceScanner
    /// The draft references resolve against; `nil` leaves references as plain text.
    let draft: DraftAnchors?
    /// Every draft, for forced links to a named draft.
    let drafts: [String: DraftAnchors]
    /// The ids of drafts not published: links to them stay plain text, with a warning.
    let heldBack: Set<String>
    let documentID: String
    let path: String

    public init(
        scanner: ReferenceScanner, draft: DraftAnchors?, drafts: [String: DraftAnchors], heldBack: Set<String> = [],
        documentID: String, path: String
    ) {
        self.scanner = scanner
        self.draft = draft
        self.drafts = drafts
        self.heldBack = heldBack
        self.documentID = documentID
        self.path = path
    }

    /// The document with its references linked, and the citations it makes.
    public func link(_ document: AnchoredDocument, log: inout DiagnosticLog) -> (AnchoredDocument, [CitedPassage]) {
        var document = document
        var citations: [CitedPassage] = []
        for index in document.document.blocks.indices {
            let block = document.document.blocks[index]
            document.document.blocks[index] = link(block, passage: Self.passage(block.anchor), citations: &citations, log: &log)
        }
        return (document, citations)
    }

    /// The passage an anchored block of a position or page is.
    static func passage(_ id: String?) -> Anchor? {
        id.flatMap(Anchor.init(documentFragment:))
    }

    private func link(_ block: Block, passage: Anchor?, citations: inout [CitedPassage], log: inout DiagnosticLog) -> Block {
        var block = block
        let passage = Self.passage(block.anchor) ?? passage
        switch block.kind {
        case .paragraph(let inlines):
            block.kind = .paragraph(link(inlines, line: block.line, passage: passage, citations: &citations, log: &log))
        case .heading(let level, let inlines):
            block.kind = .heading(level: level, link(inlines, line: block.line, passage: passage, citations: &citations, log: &log))
        case .blockQuote(let children):
            block.kind = .blockQuote(children.map { link($0, passage: passage, citations: &citations, log: &log) })
        case .list(var list):
            for item in list.items.indices {
                let itemPassage = Self.passage(list.items[item].anchor) ?? passage
                list.items[item].blocks = list.items[item].blocks.map {
                    link($0, passage: itemPassage, citations: &citations, log: &log)
                }
            }
            block.kind = .list(list)
        case .table(var table):
            table.header = table.header.map { link($0, line: block.line, passage: passage, citations: &citations, log: &log) }
            table.rows = table.rows.map { row in
                row.map { link($0, line: block.line, passage: passage, citations: &citations, log: &log) }
            }
            block.kind = .table(table)
        case .codeBlock, .htmlBlock, .thematicBreak:
            break
        }
        return block
    }

    // MARK: Inline content

    /// Links the references in one run of inline content.
    func link(_ original: [Inline], line: Int, passage: Anchor?, citations: inout [CitedPassage], log: inout DiagnosticLog) -> [Inline] {
        var inlines = Self.mergingSoftBreaks(original)
        if Self.containsLink(inlines) {
            inlines = applyAuthorLinks(inlines, line: line, passage: passage, citations: &citations, log: &log)
        }
        guard let draft else { return inlines }
        var text = ""
        var linkable: [Range<Int>] = []
        Self.flatten(inlines, into: &text, linkable: &linkable)
        // A reference inside a code span, a link or a suppressed span is no reference.
        let bytes = Array(text.utf8)
        // Matches and linkable ranges both come in text order: one sweep pairs them.
        var range = 0
        let matches = scanner.scan(bytes: bytes).filter { match in
            while range < linkable.count, linkable[range].upperBound < match.end { range += 1 }
            return !match.external && range < linkable.count && linkable[range].lowerBound <= match.start
        }
        // Nothing to link: keep the parsed inlines themselves (shared, not copied).
        guard !matches.isEmpty else { return Self.containsLink(original) ? inlines : original }

        var pieces: [LinkPiece] = []
        // References in one sentence share one copy of it.
        var sentences: [Int: String] = [:]
        var sentenceStarts = SentenceStarts(bytes)
        var referenceLine = line
        var counted = 0
        for match in matches {
            while counted < match.start {
                if bytes[counted] == UInt8(ascii: "\n") { referenceLine += 1 }
                counted += 1
            }
            var referenceText: String { Self.quoted(bytes[match.start..<match.end]) }
            var cited: [Anchor] = []
            for link in match.links {
                switch draft.resolve(link.target) {
                case .exact(let anchor):
                    pieces.append(LinkPiece(start: link.start, end: link.end, anchor: anchor, target: link.target))
                    cited.append(anchor)
                case .ancestor(let anchor, let missing):
                    log.warning(path, line: referenceLine, "'\(referenceText)': \(draft.title) has no \(missing) in its text; linked to \(anchor), the deepest part it has (if the document uses another draft's numbering, set 'draft:' to that draft)")
                    pieces.append(LinkPiece(start: link.start, end: link.end, anchor: anchor, target: link.target))
                    cited.append(anchor)
                case .missing:
                    log.error(path, line: referenceLine, "'\(referenceText)': \(Self.describe(link.target)) is not in \(draft.title) (\(draft.path)); \(Self.missingArticleFix(referenceText: referenceText, after: match.end, in: bytes))")
                }
            }
            for (from, to) in match.ranges {
                if let articles = draft.articles(from: from, to: to) {
                    cited += articles
                }
            }
            guard !cited.isEmpty, let passage else { continue }
            citations.append(citation(
                passage: passage, line: referenceLine, anchors: cited, bytes: bytes, start: match.start, end: match.end,
                draftID: draft.draftID, sentenceStart: sentenceStarts.start(before: match.start), sentences: &sentences
            ))
        }
        var offset = 0
        return Self.apply(pieces.sorted { $0.start < $1.start }, to: inlines, offset: &offset, links: draft.links)
    }

    private func citation(
        passage: Anchor, line: Int, anchors: [Anchor], bytes: [UInt8], start: Int, end: Int, draftID: String,
        sentenceStart: Int, sentences: inout [Int: String]
    ) -> CitedPassage {
        // The sentence of an earlier reference is shared when it holds this one too (it
        // does, as both ends of a sentence follow the same rules); otherwise it is cut anew.
        var sentence: String
        if let shared = sentences[sentenceStart], shared.utf8.count >= end - sentenceStart {
            sentence = shared
        } else {
            let sentenceEnd = ReferenceScanner.sentenceEnd(bytes, after: end)
            sentence = Self.quoted(bytes[sentenceStart..<sentenceEnd])
            sentences[sentenceStart] = sentence
        }
        var (markStart, markEnd) = (start - sentenceStart, end - sentenceStart)
        // A "sentence" without end (a pasted table, a list without punctuation) is quoted
        // around the reference only, so that quoting it stays small.
        if sentence.utf8.count > Self.longestQuote {
            let sentenceEnd = sentenceStart + sentence.utf8.count
            let excerpt = QuoteExcerpt(bytes, sentence: sentenceStart..<sentenceEnd, mark: start..<end, context: Self.longestQuote / 4)
            sentence = excerpt.text
            (markStart, markEnd) = (excerpt.mark.lowerBound, excerpt.mark.upperBound)
        }
        var unique: [Anchor] = []
        for anchor in anchors where !unique.contains(anchor) { unique.append(anchor) }
        var articles: [Anchor] = []
        for anchor in unique {
            if let article = anchor.article, !articles.contains(article) { articles.append(article) }
        }
        if let place = draft?.articlePlace, articles.count > 1 {
            articles.sort { (place[$0] ?? .max) < (place[$1] ?? .max) }
        }
        // A reference to whole articles cites the anchors it names: one array held for both
        // (half a million citations on a large record, each array a heap block).
        if articles == unique { articles = unique }
        return CitedPassage(
            documentID: documentID, passageAnchor: passage, line: line, draftID: draftID, anchors: unique,
            articles: articles, sentence: sentence, markStart: markStart, markEnd: markEnd
        )
    }

    /// The longest sentence quoted whole, in UTF-8 bytes; a longer one is quoted around the reference.
    static let longestQuote = 2_000

    /// Bytes of the text as one line of quoted text: line ends become spaces.
    static func quoted(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\n")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    static func describe(_ target: ReferenceTarget) -> String {
        switch target.kind {
        case .article: "Article \(target.number)"
        case .chapter: "Chapter \(target.number)"
        case .recital: "a preamble"
        }
    }

    /// Whether the author wrote a link anywhere in `inlines`.
    static func containsLink(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .link: return true
            case .emphasis(let children), .strong(let children), .strikethrough(let children): return containsLink(children)
            default: return false
            }
        }
    }

    /// Author links: `nolink:` becomes plain text; a link to `drafts/<id>.md#anchor` becomes a
    /// checked link to that draft's page.
    private func applyAuthorLinks(_ inlines: [Inline], line: Int, passage: Anchor?, citations: inout [CitedPassage], log: inout DiagnosticLog) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .link(let destination, _, let children) where destination == Self.suppressScheme:
                return [.span(cssClass: "no-ref", children)]
            case .link(let destination, let title, let children):
                guard let (draftID, fragment) = Self.draftFileLink(destination) else { return [inline] }
                let text = Inline.plainText(children)
                guard let target = drafts[draftID] else {
                    if heldBack.contains(draftID) {
                        log.warning(path, line: line, "link '\(text)' points at \(DraftSource.folder)/\(draftID).md, which is not published; it stays plain text until the draft is published")
                        return [.span(cssClass: "no-ref", children)]
                    }
                    log.error(path, line: line, "link '\(text)' points at \(DraftSource.folder)/\(draftID).md, which is not a draft of this site")
                    return [inline]
                }
                let anchor = fragment.isEmpty ? nil : Anchor(draftFragment: fragment)
                guard fragment.isEmpty || anchor.map(target.contains) == true else {
                    log.error(path, line: line, "link '\(text)' points at #\(fragment), which \(target.title) does not have")
                    return [inline]
                }
                if let passage, let anchor {
                    let articles = anchor.article.map { [$0] } ?? []
                    citations.append(CitedPassage(documentID: documentID, passageAnchor: passage, line: line, draftID: draftID, anchors: [anchor], articles: articles, sentence: text, markStart: 0, markEnd: text.utf8.count))
                }
                let destination = Route.fromRoot(.draft(draftID), anchor: anchor)
                return [.generatedLink(destination: destination, cssClass: "ref", title: title.isEmpty ? target.title : title, children)]
            case .emphasis(let children):
                return [.emphasis(applyAuthorLinks(children, line: line, passage: passage, citations: &citations, log: &log))]
            case .strong(let children):
                return [.strong(applyAuthorLinks(children, line: line, passage: passage, citations: &citations, log: &log))]
            case .strikethrough(let children):
                return [.strikethrough(applyAuthorLinks(children, line: line, passage: passage, citations: &citations, log: &log))]
            default:
                return [inline]
            }
        }
    }

    /// `../drafts/zero-draft.md#art_24` (or `drafts/zero-draft.md`, `/drafts/...`) gives the draft id and anchor.
    static func draftFileLink(_ destination: String) -> (String, String)? {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0]
        guard path.hasSuffix(".md"), let range = path.range(of: DraftSource.folder + "/", options: .backwards) else { return nil }
        let id = String(path[range.upperBound...].dropLast(3))
        guard !id.contains("/") else { return nil }
        return (id, parts.count > 1 ? String(parts[1]) : "")
    }

    // MARK: Flattening and splitting

    /// A piece of text to turn into a link.
    struct LinkPiece {
        var start: Int
        var end: Int
        var anchor: Anchor
        /// The reference as written, which the link's title names.
        var target: ReferenceTarget
    }

    /// Joins text separated by soft breaks, so a reference may wrap a line in the source.
    /// Runs of text are gathered in one buffer, so a paragraph of many lines costs its length.
    static func mergingSoftBreaks(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        var pending = ""
        var hasPending = false
        func flush() {
            if hasPending { result.append(.text(pending)) }
            pending = ""
            hasPending = false
        }
        for inline in inlines {
            switch inline {
            case .softBreak:
                pending += "\n"
                hasPending = true
            case .text(let text):
                pending += text
                hasPending = true
            case .emphasis(let children):
                flush()
                result.append(.emphasis(mergingSoftBreaks(children)))
            case .strong(let children):
                flush()
                result.append(.strong(mergingSoftBreaks(children)))
            case .strikethrough(let children):
                flush()
                result.append(.strikethrough(mergingSoftBreaks(children)))
            default:
                flush()
                result.append(inline)
            }
        }
        flush()
        return result
    }

    /// The text the scanner reads: every inline's text, with `\n` for breaks. ``apply`` walks
    /// the same lengths.
    /// `linkable` receives the UTF-8 ranges of plain text, where references may link.
    static func flatten(_ inlines: [Inline], into text: inout String, linkable: inout [Range<Int>]) {
        for inline in inlines {
            switch inline {
            case .text(let value):
                let start = text.utf8.count
                text += value
                if let last = linkable.last, last.upperBound == start {
                    linkable[linkable.count - 1] = last.lowerBound..<text.utf8.count
                } else {
                    linkable.append(start..<text.utf8.count)
                }
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                flatten(children, into: &text, linkable: &linkable)
            default:
                flatten([inline], into: &text)
            }
        }
    }

    static func flatten(_ inlines: [Inline], into text: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let value), .code(let value): text += value
            case .softBreak, .lineBreak: text += "\n"
            case .html: break
            case .emphasis(let children), .strong(let children), .strikethrough(let children): flatten(children, into: &text)
            case .link(_, _, let children), .generatedLink(_, _, _, let children), .span(_, let children): flatten(children, into: &text)
            case .image(_, _, let alt): flatten(alt, into: &text)
            case .footnoteReference: break
            }
        }
    }

    /// Splits text inlines at the link pieces that fall inside them; code, links and images
    /// are left alone (their text only advances the offset).
    static func apply(_ pieces: [LinkPiece], to inlines: [Inline], offset: inout Int, links: ReferenceLinks) -> [Inline] {
        var next = 0
        return apply(pieces, to: inlines, offset: &offset, next: &next, links: links)
    }

    /// ``apply(_:to:offset:links:)`` with `next`, the first piece not yet passed: text
    /// comes in order, so each piece is looked at once.
    private static func apply(
        _ pieces: [LinkPiece], to inlines: [Inline], offset: inout Int, next: inout Int, links: ReferenceLinks
    ) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let value):
                let start = offset
                let length = value.utf8.count
                offset += length
                while next < pieces.count, pieces[next].start < start { next += 1 }
                var inside: [LinkPiece] = []
                while next < pieces.count, pieces[next].start < start + length {
                    if pieces[next].end <= start + length { inside.append(pieces[next]) }
                    next += 1
                }
                guard !inside.isEmpty else {
                    result.append(inline)
                    continue
                }
                let bytes = Array(value.utf8)
                var cursor = 0
                for piece in inside {
                    let from = piece.start - start
                    let to = piece.end - start
                    guard from >= cursor else { continue }
                    if from > cursor { result.append(.text(String(decoding: bytes[cursor..<from], as: UTF8.self))) }
                    let label = String(decoding: bytes[from..<to], as: UTF8.self)
                    let texts = links.texts(to: piece.anchor, writtenAs: piece.target)
                    result.append(.generatedLink(destination: texts.destination, cssClass: "ref", title: texts.title, [.text(label)]))
                    cursor = to
                }
                if cursor < bytes.count { result.append(.text(String(decoding: bytes[cursor...], as: UTF8.self))) }
            case .emphasis(let children):
                result.append(.emphasis(apply(pieces, to: children, offset: &offset, next: &next, links: links)))
            case .strong(let children):
                result.append(.strong(apply(pieces, to: children, offset: &offset, next: &next, links: links)))
            case .strikethrough(let children):
                result.append(.strikethrough(apply(pieces, to: children, offset: &offset, next: &next, links: links)))
            default:
                var text = ""
                flatten([inline], into: &text)
                offset += text.utf8.count
                result.append(inline)
            }
        }
        return result
    }
}
