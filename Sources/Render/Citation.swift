import Corpus
import Foundation

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

    var cslJSON: String {
        var item: [String: Any] = [
            "id": id,
            "type": "report",
            "title": title,
            "author": authors.map { ["literal": $0] },
            "issued": ["date-parts": [[date.year] + (date.month.map { [$0] } ?? []) + (date.day.map { [$0] } ?? [])]],
            "genre": kind,
            "URL": url,
            "container-title": container,
        ]
        if let symbol { item["number"] = symbol }
        guard let data = try? JSONSerialization.data(withJSONObject: [item], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "[]"
        }
        // `<` escaped too, so the JSON can sit inside an HTML page as it is.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c") + "\n"
    }

    /// Escapes BibTeX's special characters.
    static func bibEscape(_ text: String) -> String {
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
}
