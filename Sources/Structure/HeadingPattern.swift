import Foundation

/// Recognises the headings that structure a draft: `Preamble`, `Chapter IV. Title`,
/// `Annex I`, `Article 4 bis. Title` (title after `.`, `:`, a dash, or in parentheses).
enum HeadingPattern {
    /// A numbered heading split into its parts.
    struct Numbered: Equatable {
        var number: String
        var title: String?
    }

    static let latinSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    static func isPreamble(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:")) == "preamble"
    }

    /// `Article 24`, `Article 4 bis: Title`, `Article 24 (Title)`.
    static func article(_ text: String) -> Numbered? {
        guard var rest = dropKeyword(["article", "art."], from: text) else { return nil }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var number = String(digits)
        rest = rest.dropFirst(digits.count)
        // A letter straight after the digits ("Article 4A") or a Latin suffix word ("4 bis").
        if let letter = rest.first, letter.isASCII, letter.isLetter, rest.dropFirst().first.map({ !$0.isLetter }) ?? true {
            number += String(letter)
            rest = rest.dropFirst()
        } else {
            let trimmed = rest.drop { $0 == " " }
            if let suffix = latinSuffixes.first(where: { word in
                trimmed.lowercased().hasPrefix(word) && trimmed.dropFirst(word.count).first.map({ !$0.isLetter }) ?? true
            }) {
                number += " " + suffix
                rest = trimmed.dropFirst(suffix.count)
            }
        }
        return Numbered(number: number, title: title(rest))
    }

    /// `Chapter IV. Title`, `Chapter 4`.
    static func chapter(_ text: String) -> Numbered? {
        numbered(text, keyword: "chapter", numberRequired: true)
    }

    /// `Annex I. Title`, `Annex`.
    static func annex(_ text: String) -> Numbered? {
        numbered(text, keyword: "annex", numberRequired: false)
    }

    private static func numbered(_ text: String, keyword: String, numberRequired: Bool) -> Numbered? {
        guard var rest = dropKeyword([keyword], from: text) else {
            if !numberRequired && text.trimmingCharacters(in: .whitespaces).lowercased() == keyword {
                return Numbered(number: "", title: nil)
            }
            return nil
        }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || "IVXLCDM".contains($0) || $0.isUppercase) }
        guard !number.isEmpty, rest.dropFirst(number.count).first.map({ !$0.isLetter && !$0.isNumber }) ?? true else {
            return numberRequired ? nil : Numbered(number: "", title: title(rest))
        }
        rest = rest.dropFirst(number.count)
        return Numbered(number: String(number), title: title(rest))
    }

    private static func dropKeyword(_ keywords: [String], from text: String) -> Substring? {
        let trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        for keyword in keywords where trimmed.lowercased().hasPrefix(keyword) {
            let rest = trimmed.dropFirst(keyword.count)
            guard let next = rest.first, next == " " || next == "\u{00A0}" || keyword.hasSuffix(".") else { continue }
            return rest.drop { $0 == " " || $0 == "\u{00A0}" }
        }
        return nil
    }

    /// The title after the number: after `.`, `:`, a dash, or inside parentheses; `nil` when empty.
    private static func title(_ rest: Substring) -> String? {
        var rest = rest.trimmingCharacters(in: .whitespaces)[...]
        if rest.hasPrefix("("), rest.hasSuffix(")") {
            rest = rest.dropFirst().dropLast()
        } else if let first = rest.first, ".:-–—".contains(first) {
            rest = rest.dropFirst()
        }
        let title = rest.trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }
}
