import Citations
import Markdown

extension SiteRenderer {
    /// One sentence of a position citing a provision, with every reference in it marked.
    struct CitingSentence {
        var passage: CitedPassage
        var marks: [(Int, Int)]
    }

    /// `passages` as sentences: references in the same sentence of the same passage share one.
    static func sentences(_ passages: [CitedPassage]) -> [CitingSentence] {
        var entries: [CitingSentence] = []
        for passage in passages {
            if let last = entries.last, last.passage.documentID == passage.documentID,
               last.passage.passageAnchor == passage.passageAnchor, last.passage.sentence == passage.sentence {
                entries[entries.count - 1].marks.append((passage.markStart, passage.markEnd))
            } else {
                entries.append(CitingSentence(passage: passage, marks: [(passage.markStart, passage.markEnd)]))
            }
        }
        return entries
    }

    /// A list item quoting a citing sentence: who, which document, when, which paragraph
    /// (linked to it), and the sentence with its references marked.
    func citingItem(_ entry: CitingSentence, from route: Route) -> String {
        let passage = entry.passage
        guard let position = index.positions[passage.documentID] else { return "" }
        let source = position.source
        let who = source.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ")
        let href = route.link(to: .position(source.id), fragment: passage.passageAnchor)
        let paragraph = passage.passageAnchor.hasPrefix("p_") ? ", ¶\(passage.passageAnchor.dropFirst(2))" : ""
        var html = "<li><a href=\"\(HTMLEscaping.escapeURL(href))\">\(HTMLEscaping.escape(who)), <cite>\(HTMLEscaping.escape(source.title))</cite>, \(HTMLEscaping.escape(source.date.display))\(paragraph)</a>"
        html += "<blockquote>\(Self.marked(passage.sentence, entry.marks))</blockquote></li>\n"
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
