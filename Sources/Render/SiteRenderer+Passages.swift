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

    /// A list item for a citing sentence: who, which document, when, which paragraph
    /// (linked to it), and when `quote`, the sentence with its references marked.
    func citingItem(_ entry: CitingSentence, from route: Route, quote: Bool = true) -> String {
        let passage = citations.passages[entry.index]
        guard let position = index.positions[passage.documentID] else { return "" }
        let source = position.source
        let who = source.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ")
        let href = route.link(to: .position(source.id), anchor: passage.passageAnchor)
        let paragraph: String
        if case .passage = passage.passageAnchor.kind { paragraph = ", " + passage.passageAnchor.label } else { paragraph = "" }
        var html = "<li><a href=\"\(HTMLEscaping.escapeURL(href))\">\(HTMLEscaping.escape(who)), <cite>\(HTMLEscaping.escape(source.title))</cite>, \(HTMLEscaping.escape(source.date.display))\(paragraph)</a>"
        if quote { html += "<blockquote>\(Self.marked(passage.sentence, entry.marks))</blockquote>" }
        html += "</li>\n"
        return html
    }

    /// One list item per document, linking to each passage of `entries` (in order): the
    /// long tail of a provision cited thousands of times.
    func compactItems(_ entries: ArraySlice<CitingSentence>, from route: Route) -> String {
        let passages = citations.passages
        var html = ""
        var start = entries.startIndex
        while start < entries.endIndex {
            let document = passages[entries[start].index].documentID
            var end = start
            var anchors: [Anchor] = []
            while end < entries.endIndex, passages[entries[end].index].documentID == document {
                let anchor = passages[entries[end].index].passageAnchor
                if anchors.last != anchor { anchors.append(anchor) }
                end += 1
            }
            start = end
            guard let source = index.positions[document]?.source else { continue }
            html += "<li><cite>\(HTMLEscaping.escape(source.title))</cite>, \(HTMLEscaping.escape(source.date.display)):"
            for anchor in anchors {
                html += " <a href=\"\(HTMLEscaping.escapeURL(route.link(to: .position(document), anchor: anchor)))\">\(Self.passageLabel(anchor))</a>"
            }
            html += "</li>\n"
        }
        return html
    }

    /// `sentence`, escaped, with each UTF-8 range in `marks` wrapped in `<mark>`.
    static func marked(_ sentence: String, _ marks: [(Int, Int)]) -> String {
        let bytes = Array(sentence.utf8)
        var out = ""
        var cursor = 0
        for (start, end) in marks.sorted(by: { $0.0 < $1.0 }) where start >= cursor && end <= bytes.count && start < end {
            out += HTMLEscaping.escape(String(decoding: bytes[cursor..<start], as: UTF8.self))
            out += "<mark>" + HTMLEscaping.escape(String(decoding: bytes[start..<end], as: UTF8.self)) + "</mark>"
            cursor = end
        }
        out += HTMLEscaping.escape(String(decoding: bytes[cursor...], as: UTF8.self))
        return out
    }
}
