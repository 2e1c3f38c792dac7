import Corpus

extension CitationLinker {
    /// The fix for a reference to an article the cited draft lacks: correct it, set `draft:`,
    /// or, when it cites another instrument ("Article 9 of the Basel Convention"), name that
    /// instrument in site.yml's `external_instruments` (shown as YAML), or suppress the link.
    static func missingArticleFix(referenceText: String, after end: Int, in bytes: [UInt8]) -> String {
        let instrument = instrumentNamed(after: end, in: bytes)
        let name = instrument ?? "Name of the other instrument"
        let start = instrument == nil ? "if it cites another instrument" : "if it cites the \(name)"
        return "correct the reference, or set 'draft:' to the draft it cites; \(start), add the instrument to content/site.yml "
            + "('external_instruments: [\"\(name)\"]', or an item '- \(name)' under 'external_instruments:'), "
            + "or write [\(referenceText)](\(suppressScheme)) for this one reference"
    }

    /// The capitalised name after a reference's `of (the)`: "Basel Convention" in
    /// "Article 9 of the Basel Convention, ...".
    static func instrumentNamed(after end: Int, in bytes: [UInt8]) -> String? {
        let rest = String(decoding: bytes[min(end, bytes.count)...].prefix(200), as: UTF8.self)
        var words = rest.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(12)[...]
        guard words.first?.lowercased() == "of" else { return nil }
        words = words.dropFirst()
        if words.first?.lowercased() == "the" { words = words.dropFirst() }
        var name: [Substring] = []
        for word in words {
            let trimmed = word.trimmingSuffix { ",;:.)".contains($0) }
            let isConnector = ["of", "on", "for", "and", "against", "the"].contains(trimmed) && !name.isEmpty
            guard trimmed.first?.isUppercase == true || isConnector || trimmed.first?.isNumber == true && !name.isEmpty else { break }
            name.append(trimmed)
            if trimmed.count != word.count { break }
        }
        while let last = name.last, last.first?.isUppercase != true && last.first?.isNumber != true { name.removeLast() }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }
}

extension Substring {
    /// The text without its trailing characters that satisfy `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var copy = self
        while let last = copy.last, predicate(last) { copy = copy.dropLast() }
        return copy
    }
}
