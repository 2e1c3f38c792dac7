import Markdown

extension Redline {
    /// The redline as HTML: text escaped, deletions in `<del>`, insertions in `<ins>`. Line
    /// ends stay `\n` (the page shows them with `white-space: pre-line`) and are never inside
    /// an element: a change spanning lines is closed before each line end and reopened after.
    /// A label replaced by another reads `<del>(c)</del> → <ins>(b)</ins>`.
    public func html() -> String {
        var out = ""
        for (index, segment) in segments.enumerated() {
            if segment.isLabel, segment.operation == .insert, index > 0,
               segments[index - 1].isLabel, segments[index - 1].operation == .delete {
                out += " → "
            }
            let tag: String? = switch segment.operation {
            case .equal: nil
            case .delete: "del"
            case .insert: "ins"
            }
            guard let tag else {
                HTMLEscaping.escape(segment.text, into: &out)
                continue
            }
            let lines = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { out += "\n" }
                guard !line.isEmpty else { continue }
                out += "<\(tag)>"
                HTMLEscaping.escape(String(line), into: &out)
                out += "</\(tag)>"
            }
        }
        return out
    }
}
