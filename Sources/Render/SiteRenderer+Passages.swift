import Addressing
import Citations
import Markdown

extension SiteRenderer {
    /// One sentence of a position citing a provision, with every reference in it marked.
    struct CitingSentence {
        /// The sentence's first citation, in ``CitationIndex/passages``.
        var index: Int
        var marks: [(Int, Int)]
    }

    /// The citations at `indices` as sentences: references in the same sentence of the same
    /// passage share one.
    func sentences(_ indices: [Int32]) -> [CitingSentence] {
        let passages = citations.passages
        var entries: [CitingSentence] = []
        for index in indices.map(Int.init) {
            if let last = entries.last, passages[last.index].documentID == passages[index].documentID,
               passages[last.index].passageAnchor == passages[index].passageAnchor,
               passages[last.index].sentence == passages[index].sentence {
                entries[entries.count - 1].marks.append((passages[index].markStart, passages[index].markEnd))
            } else {
                entries.append(CitingSentence(index: index, marks: [(passages[index].markStart, passages[index].markEnd)]))
            }
        }
        return entries
    }

    /// A citing sentence for the `citing-passage` partial: who, which document, when, which
    /// paragraph (linked to it), and the sentence with its references marked; `nil` when the
    /// document is not in the record.
    func citingPassage(_ entry: CitingSentence, from links: PageLinks) -> CitingPassage? {
        let passage = citations.passages[entry.index]
        guard let byline = index.bylines[passage.documentID] else { return nil }
        let paragraph = Self.paragraphLabel(passage.passageAnchor)
        let quote = Self.marked(passage.sentence, entry.marks)
        let shown = inReadersLanguage(byline, of: passage.documentID)
        return CitingPassage(
            href: PercentEncoding.encode(links.link(to: .position(passage.documentID), anchor: passage.passageAnchor)),
            who: byline.who,
            title: shown.title,
            dateDisplay: shown.date,
            paragraph: paragraph,
            sentence: quote.sentence,
            references: quote.references
        )
    }

    /// One entry per document, linking to each passage of `entries` (in order), for the
    /// `citing-document` partial: the long tail of a provision cited thousands of times.
    func citingDocuments(_ entries: ArraySlice<CitingSentence>, from links: PageLinks) -> [CitingDocument] {
        citations.passages.withUnsafeBufferPointer { passages in
            var documents: [CitingDocument] = []
            var start = entries.startIndex
            while start < entries.endIndex {
                let document = passages[entries[start].index].documentID
                var end = start + 1
                while end < entries.endIndex, passages[entries[end].index].documentID == document { end += 1 }
                defer { start = end }
                guard let byline = index.bylines[document] else { continue }
                let shown = inReadersLanguage(byline, of: document)
                let title = "\(shown.title), \(shown.date)"
                // Percent-encoding works byte by byte: the document's part once, each anchor's after.
                let base = PercentEncoding.encode(links.base(.position(document))) + "#"
                // One link a passage, in order: several sentences of one passage share it.
                var links: [PassageLink] = []
                links.reserveCapacity(end - start)
                var previous: Anchor?
                for entry in entries[start..<end] {
                    let anchor = passages[entry.index].passageAnchor
                    if anchor == previous { continue }
                    previous = anchor
                    links.append(PassageLink(href: base + PercentEncoding.encode(anchor.id), label: Self.passageLabel(anchor), title: title))
                }
                documents.append(CitingDocument(title: shown.title, dateDisplay: shown.date, passages: links))
            }
            return documents
        }
    }

    /// `sentence` cut at the UTF-8 ranges in `marks`: the text before the first, and each
    /// range with the text after it up to the next.
    static func marked(_ sentence: String, _ marks: [(Int, Int)]) -> (sentence: String, references: [MarkedReference]) {
        let bytes = Array(sentence.utf8)
        var ranges: [(Int, Int)] = []
        var cursor = 0
        for (start, end) in marks.sorted(by: { $0.0 < $1.0 }) where start >= cursor && end <= bytes.count && start < end {
            ranges.append((start, end))
            cursor = end
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let references = ranges.indices.map { index in
            MarkedReference(
                text: text(ranges[index].0..<ranges[index].1),
                after: text(ranges[index].1..<(index + 1 < ranges.count ? ranges[index + 1].0 : bytes.count))
            )
        }
        return (text(0..<(ranges.first?.0 ?? bytes.count)), references)
    }

    /// `¶14` for `p_14`, `§` for a heading (its title says which document).
    static func passageLabel(_ anchor: Anchor) -> String {
        paragraphLabel(anchor) ?? "§"
    }

    /// `¶14` for `p_14`; `nil` for any other anchor.
    static func paragraphLabel(_ anchor: Anchor) -> String? {
        // Only a passage's label starts with `¶` (a heading's is its slug: letters, digits
        // and `-`; the other kinds' are ASCII): no need to parse the anchor to tell, as
        // ``Anchor/kind`` does.
        let label = anchor.label
        return label.utf8.starts(with: pilcrow) ? label : nil
    }

    /// `¶` in UTF-8.
    private static let pilcrow: [UInt8] = Array("¶".utf8)
}
