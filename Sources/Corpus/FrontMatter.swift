import Diagnostics
import Yams

/// The YAML front matter of a content file, split from its Markdown body and composed into fields.
package struct FrontMatter {
    /// The body after the closing `---`.
    var body: SourceText
    /// The fields, with the line each one is on.
    var fields: YAMLMapping

    /// Splits `text` (already UTF-8, `\n` line ends) into front matter and body, reporting
    /// a missing, unterminated or invalid front matter block to `log`.
    package static func parse(_ text: String, path: String, log: inout DiagnosticLog) -> FrontMatter? {
        guard let split = split(text) else {
            if isDelimiter(firstLine(of: text)) {
                log.error(path, line: 1, "unterminated front matter: the '---' on line 1 has no closing '---' line; add one after the last field")
            } else {
                log.error(path, line: 1, "missing front matter: the file must start with a '---' line, then YAML fields (title, date, ...), then a closing '---' line")
            }
            return nil
        }
        guard let mapping = YAMLMapping.parse(split.yaml, path: path, firstLine: 2, log: &log) else { return nil }
        return FrontMatter(body: SourceText(text: split.body, firstLine: split.bodyLine), fields: mapping)
    }

    /// The YAML between the opening and closing `---` lines, the body after, and the body's first line.
    /// Scans UTF-8 bytes line by line and stops at the closing line, so long bodies cost nothing.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = Substring(utf8[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isDelimiter(line) || trimmed(line) == "..." {
                    return (String(text[start..<lineStart]), String(text[next...]), lineNumber + 1)
                }
            } else {
                guard isDelimiter(line) else { return nil }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        return nil
    }

    private static func firstLine(of text: String) -> Substring {
        text.utf8.firstIndex(of: UInt8(ascii: "\n")).map { text[..<$0] } ?? Substring(text)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        trimmed(line) == "---"
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var copy = line
        while let last = copy.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            copy = copy.dropLast()
        }
        return copy
    }
}
