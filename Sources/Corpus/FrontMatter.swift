import Diagnostics
import Yams

/// The YAML front matter of a content file, split from its Markdown body and composed into fields.
struct FrontMatter {
    /// The body after the closing `---`.
    var body: SourceText
    /// The fields, with the line each one is on.
    var fields: YAMLMapping

    /// Splits `text` (already UTF-8, `\n` line ends) into front matter and body, reporting
    /// a missing, unterminated or invalid front matter block to `log`.
    static func parse(_ text: String, path: String, log: inout DiagnosticLog) -> FrontMatter? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            log.error(path, line: 1, "missing front matter: the file must start with a '---' line, then YAML fields (title, date, ...), then a closing '---' line")
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            lines[$0].trimmingTrailingSpaces == "---" || lines[$0].trimmingTrailingSpaces == "..."
        }) else {
            log.error(path, line: 1, "unterminated front matter: the '---' on line 1 has no closing '---' line; add one after the last field")
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let bodyText = lines[(closing + 1)...].joined(separator: "\n")
        guard let mapping = YAMLMapping.parse(yaml, path: path, firstLine: 2, log: &log) else { return nil }
        return FrontMatter(body: SourceText(text: bodyText, firstLine: closing + 2), fields: mapping)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" || last == "\r" { copy.removeLast() }
        return copy
    }
}
