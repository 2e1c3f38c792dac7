import Addressing
import Foundation

/// Recognises the headings that structure a draft in the six UN languages: `Preamble`,
/// `Chapter IV. Title`, `Annex I`, `Article 4 bis. Title` (title after `.`, `:`, a dash, or
/// in parentheses), and their translations (`Article premier`, `Artículo 24`, `Статья 24`,
/// `المادة ٢٤`, `第二十四条 条件和保障`, `الفصل الرابع`, `第四章`, `附件一`), numbers read
/// into the same anchors as English (words and Chinese numerals as roman numerals for
/// chapters and annexes, decimal digits for articles).
enum HeadingPattern {
    /// A numbered heading split into its parts.
    struct Numbered: Equatable {
        var number: String
        var title: String?
    }

    static let latinSuffixes = ProvisionWords.insertionSuffixes

    /// Arabic writes "bis" as `مكررا` (with or without the tanwin).
    static let arabicBis = ["مكرراً", "مكررًا", "مكررا", "مكرر"]

    /// Keyword lists of the headings, longest first, from ``ProvisionWords`` (forms with an
    /// article or apostrophe, such as `l'article`, and Latin plurals do not start headings).
    static let articleKeywords = keywords(\.article)
    static let chapterKeywords = keywords(\.chapter)
    static let annexKeywords = keywords(\.annex)
    static let preambleWords: Set<String> = Set(ProvisionWords.Language.allCases.flatMap { ProvisionWords.words($0).preamble })

    private static func keywords(_ path: KeyPath<ProvisionWords.Words, [String]>) -> [String] {
        // Russian and Arabic head a part with the first (nominative, definite) form only:
        // `Статья 24`, not `Статьи 6-16`; `الفصل الرابع`, not `الفصلان`.
        let all = ProvisionWords.Language.allCases.filter { $0 != .zh }.flatMap { language -> [String] in
            let forms = ProvisionWords.words(language)[keyPath: path]
            return language == .ru || language == .ar ? Array(forms.prefix(1)) : forms
        }
        // Plurals ("Chapters I to IV", "Annexes") do not head one part.
        let usable = Set(all.filter { !$0.contains("'") && !$0.contains("’") && !$0.contains(" ") && !($0.last == "s" && $0.count > 4) })
        return usable.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// `Preamble`, `Préambule`, `Preámbulo`, `Преамбула`, `الديباجة`, `序言`, in any case.
    static func isPreamble(_ text: String) -> Bool {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:：。"))
        return preambleWords.contains(word)
    }

    /// `Article 24`, `Article 4 bis: Title`, `Article 24 (Title)`, `Article premier`,
    /// `Artículo 24`, `Статья 24`, `المادة ٢٤`, `المادة الأولى`, `第二十四条 Title`.
    static func article(_ text: String) -> Numbered? {
        if let chinese = chinese(text, marker: ProvisionWords.chineseArticle) {
            guard let value = chinese.value else { return nil }
            if let inserted = chineseInsertion(chinese.title) {
                return Numbered(number: "\(value) \(inserted.suffix)", title: inserted.title)
            }
            return Numbered(number: String(value), title: chinese.title)
        }
        guard var rest = dropKeyword(articleKeywords, from: text) else { return nil }
        var number: String
        if let first = firstWord(rest) {
            number = "1"
            rest = rest.dropFirst(first.count)
        } else if let ordinal = ProvisionWords.arabicOrdinal(prefixOf: rest) {
            number = String(ordinal.value)
            rest = rest.dropFirst(ordinal.length)
        } else {
            let digits = rest.prefix { Numeral.digit($0.unicodeScalars.first!) != nil && $0.unicodeScalars.count == 1 }
            guard !digits.isEmpty, digits.count <= 4 else { return nil }
            number = Numeral.asciiDigits(digits)
            rest = rest.dropFirst(digits.count)
        }
        // A letter straight after the digits ("Article 4A") or a Latin suffix word ("4 bis").
        if let letter = rest.first, letter.isASCII, letter.isLetter, rest.dropFirst().first.map({ !$0.isLetter }) ?? true {
            number += String(letter)
            rest = rest.dropFirst()
        } else {
            // `19 bis`, `19 бис`, and `19-бис` joined by a hyphen.
            let trimmed = rest.first == "-" ? rest.dropFirst() : rest.drop { $0 == " " }
            /// The index of the suffix word of `words` that starts `trimmed`, and its length.
            func suffix(in words: [String]) -> (index: Int, length: Int)? {
                words.firstIndex { word in trimmed.lowercased().hasPrefix(word) && trimmed.dropFirst(word.count).first.map({ !$0.isLetter }) ?? true }
                    .map { ($0, words[$0].count) }
            }
            if let found = suffix(in: latinSuffixes) ?? suffix(in: ProvisionWords.russianInsertionSuffixes) {
                number += " " + latinSuffixes[found.index]
                rest = trimmed.dropFirst(found.length)
            } else if let bis = arabicBis.first(where: { trimmed.hasPrefix($0) && trimmed.dropFirst($0.count).first.map({ !$0.isLetter }) ?? true }) {
                number += " bis"
                rest = trimmed.dropFirst(bis.count)
            }
        }
        return Numbered(number: number, title: title(rest))
    }

    /// `Chapter IV. Title`, `Chapter 4`, `Chapitre IV`, `Capítulo IV`, `Глава IV`,
    /// `الفصل الرابع`, `第四章`.
    static func chapter(_ text: String) -> Numbered? {
        if let chinese = chinese(text, marker: ProvisionWords.chineseChapter) {
            return chinese.value.map { Numbered(number: chinese.roman ? ProvisionWords.roman($0) : String($0), title: chinese.title) }
        }
        return numbered(text, keywords: chapterKeywords, numberRequired: true)
    }

    /// `Annex I. Title`, `Annex`, `Annexe I`, `Anexo I`, `Приложение I`, `المرفق الأول`, `附件一`.
    static func annex(_ text: String) -> Numbered? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("附件") {
            let rest = trimmed.dropFirst(2)
            let number = rest.prefix { $0.unicodeScalars.allSatisfy(Numeral.isChineseNumeral) || ($0.isASCII && $0.isNumber) }
            let title = self.title(rest.dropFirst(number.count))
            guard !number.isEmpty else { return Numbered(number: "", title: title) }
            guard let value = Numeral.value(number) else { return nil }
            let isWords = number.unicodeScalars.allSatisfy(Numeral.isChineseNumeral)
            return Numbered(number: isWords ? ProvisionWords.roman(value) : String(value), title: title)
        }
        return numbered(text, keywords: annexKeywords, numberRequired: false)
    }

    /// `之二 Title` after `第十九条`: the article inserted after article 19, as Chinese texts
    /// number what others call `19 bis` (`之三` is `ter`, and so on); the suffix and the title.
    static func chineseInsertion(_ title: String?) -> (suffix: String, title: String?)? {
        guard let title, title.first == "之" else { return nil }
        let number = title.dropFirst().prefix { $0.unicodeScalars.allSatisfy(Numeral.isChineseNumeral) }
        guard let value = Numeral.value(number), value >= 2, value - 2 < latinSuffixes.count else { return nil }
        let rest = title.dropFirst(1 + number.count).trimmingCharacters(in: .whitespaces)
        return (latinSuffixes[value - 2], rest.isEmpty ? nil : rest)
    }

    /// `第<number><marker> Title`: the number's value (`nil` when not a number), whether it
    /// was written in Chinese numerals, and the title; `nil` when `text` is not so built.
    private static func chinese(_ text: String, marker: Character) -> (value: Int?, roman: Bool, title: String?)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.first == ProvisionWords.chineseOrdinal, let end = trimmed.firstIndex(of: marker) else { return nil }
        let number = trimmed[trimmed.index(after: trimmed.startIndex)..<end]
        guard !number.isEmpty, number.count <= 8,
              number.allSatisfy({ $0.unicodeScalars.allSatisfy { Numeral.isChineseNumeral($0) || Numeral.digit($0) != nil } })
        else { return nil }
        let isWords = number.unicodeScalars.allSatisfy(Numeral.isChineseNumeral)
        return (Numeral.value(number), isWords, title(trimmed[trimmed.index(after: end)...]))
    }

    private static func numbered(_ text: String, keywords: [String], numberRequired: Bool) -> Numbered? {
        guard var rest = dropKeyword(keywords, from: text) else {
            if !numberRequired && keywords.contains(text.trimmingCharacters(in: .whitespaces).lowercased()) {
                return Numbered(number: "", title: nil)
            }
            return nil
        }
        if let ordinal = ProvisionWords.arabicOrdinal(prefixOf: rest) {
            return Numbered(number: ProvisionWords.roman(ordinal.value), title: title(rest.dropFirst(ordinal.length)))
        }
        if let first = firstWord(rest) {
            return Numbered(number: "I", title: title(rest.dropFirst(first.count)))
        }
        let arabicDigits = rest.prefix { !$0.isASCII && $0.unicodeScalars.count == 1 && Numeral.digit($0.unicodeScalars.first!) != nil }
        if !arabicDigits.isEmpty {
            return Numbered(number: Numeral.asciiDigits(arabicDigits), title: title(rest.dropFirst(arabicDigits.count)))
        }
        let number = rest.prefix { $0.isASCII && ($0.isNumber || "IVXLCDM".contains($0) || $0.isUppercase) }
        guard !number.isEmpty, rest.dropFirst(number.count).first.map({ !$0.isLetter && !$0.isNumber }) ?? true else {
            return numberRequired ? nil : Numbered(number: "", title: title(rest))
        }
        rest = rest.dropFirst(number.count)
        return Numbered(number: String(number), title: title(rest))
    }

    /// The word for "first" at the start of `rest` (`premier`, `primero`, `1er`), if any.
    private static func firstWord(_ rest: Substring) -> String? {
        let lowered = rest.lowercased()
        return Numeral.firstWords.sorted { $0.count > $1.count }.first { word in
            lowered.hasPrefix(word) && rest.dropFirst(word.count).first.map({ !$0.isLetter && !$0.isNumber }) ?? true
        }
    }

    private static func dropKeyword(_ keywords: [String], from text: String) -> Substring? {
        let trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        let lowered = trimmed.lowercased()
        for keyword in keywords where lowered.hasPrefix(keyword) {
            let rest = trimmed.dropFirst(keyword.count)
            guard let next = rest.first, next == " " || next == "\u{00A0}" || keyword.hasSuffix(".") else { continue }
            return rest.drop { $0 == " " || $0 == "\u{00A0}" }
        }
        return nil
    }

    /// The title after the number: after `.`, `:`, a dash, or inside parentheses; `nil` when empty.
    private static func title(_ rest: Substring) -> String? {
        var rest = rest.trimmingCharacters(in: .whitespaces)[...]
        if (rest.hasPrefix("(") && rest.hasSuffix(")")) || (rest.hasPrefix("（") && rest.hasSuffix("）")) {
            rest = rest.dropFirst().dropLast()
        } else if let first = rest.first, ".:-–—：。－".contains(first) {
            rest = rest.dropFirst()
        }
        let title = rest.trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : title
    }
}
