import Corpus
import Foundation
import Markdown

/// How to cite a document of the record: as plain text, BibTeX and CSL-JSON (which Zotero,
/// Mendeley and pandoc import), from the document's own metadata.
struct Citation {
    var id: String
    var title: String
    /// Authors as organisations or states (never split into given and family names).
    var authors: [String]
    var date: PartialDate
    var kind: String
    var symbol: String?
    var url: String
    var container: String

    /// "GI-TOC, *Title*, briefing, November 2023, <url>" as plain text.
    var plainText: String {
        var parts = [authors.joined(separator: "; "), title]
        if let symbol { parts.append(symbol) }
        parts.append(kind.lowercased())
        parts.append(date.display)
        return parts.joined(separator: ", ") + ". " + url
    }

    var bibTeX: String {
        var fields: [(String, String)] = [
            ("title", "{" + Self.bibEscape(title) + "}"),
            ("author", authors.map { "{" + Self.bibEscape($0) + "}" }.joined(separator: " and ")),
            ("year", String(date.year)),
        ]
        if let month = date.month { fields.append(("month", String(month))) }
        if let day = date.day { fields.append(("day", String(day))) }
        fields.append(("type", Self.bibEscape(kind)))
        if let symbol { fields.append(("number", Self.bibEscape(symbol))) }
        fields.append(("howpublished", Self.bibEscape(container)))
        fields.append(("url", url))
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@misc{\(id),\n\(body)\n}\n"
    }

    /// CSL-JSON (an array of one item), keys sorted, safe to place inside an HTML page.
    var cslJSON: String {
        var dateParts = [String(date.year)]
        if let month = date.month { dateParts.append(String(month)) }
        if let day = date.day { dateParts.append(String(day)) }
        var fields: [(String, String)] = [
            ("URL", ScriptString.literal(url)),
            ("author", "[" + authors.map { "{\"literal\": \(ScriptString.literal($0))}" }.joined(separator: ", ") + "]"),
            ("container-title", ScriptString.literal(container)),
            ("genre", ScriptString.literal(kind)),
            ("id", ScriptString.literal(id)),
            ("issued", "{\"date-parts\": [[" + dateParts.joined(separator: ", ") + "]]}"),
        ]
        if let symbol { fields.append(("number", ScriptString.literal(symbol))) }
        fields.append(("title", ScriptString.literal(title)))
        fields.append(("type", ScriptString.literal("report")))
        return "[\n  {\n" + fields.map { "    \(ScriptString.literal($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }\n]\n"
    }

    /// Escapes BibTeX's special characters.
    static func bibEscape(_ text: String) -> String {
        // Most text holds none of the special characters (all ASCII): then nothing changes.
        if !text.utf8.contains(where: { Self.bibSpecial[Int($0)] }) { return text }
        var out = ""
        for character in text {
            switch character {
            case "{", "}", "%", "&", "$", "#", "_": out += "\\" + String(character)
            case "\\": out += "\\textbackslash{}"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }

    /// The bytes of the characters ``bibEscape(_:)`` escapes.
    private static let bibSpecial: [Bool] = (0..<256).map { "{}%&$#_\\~^".utf8.contains(UInt8($0)) }
}
