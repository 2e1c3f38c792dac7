import Foundation
import Markdown

/// The opening words of a preamble, "The States Parties to this Convention,": the subject of
/// the sentence the recitals continue, not a recital, so it is not numbered.
enum PreambleChapeau {
    /// Splits the first paragraph of a preamble into its chapeau and the rest (the first
    /// recital, when written on the next line of the same paragraph); `nil` when its first
    /// line is not a chapeau: words starting with "The", at most fifteen of them, ending in a
    /// comma or a colon.
    static func split(_ inlines: [Inline]) -> (chapeau: [Inline], rest: [Inline])? {
        let breakIndex = inlines.firstIndex { inline in
            switch inline {
            case .softBreak, .lineBreak: true
            default: false
            }
        }
        let first = Array(inlines[..<(breakIndex ?? inlines.endIndex)])
        let rest = breakIndex.map { Array(inlines[inlines.index(after: $0)...]) } ?? []
        guard isChapeau(Inline.plainText(first)) else { return nil }
        return (first, rest)
    }

    /// Whether one line reads as a chapeau ("The States Parties to this Convention,",
    /// "The General Assembly,", "The High Contracting Parties:", and in the other UN
    /// languages "Les États Parties à la présente Convention,", "Los Estados Partes en la
    /// presente Convención,", "Государства — участники настоящей Конвенции,", "إن الدول
    /// الأطراف في هذه الاتفاقية،", "本公约缔约国，").
    static func isChapeau(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard openings.contains(where: { trimmed.hasPrefix($0) }), let last = trimmed.last, ",:،，：".contains(last) else { return false }
        return trimmed.split(separator: " ").count <= 15 && trimmed.count <= 120
    }

    /// How a chapeau starts in each language (its subject: "The", "Les", "Los", "States
    /// Parties", "إن" ...).
    static let openings = ["The ", "Les ", "La ", "Le ", "Los ", "Las ", "El ", "Государства", "Высокие Договаривающиеся", "Генеральная Ассамблея", "إن ", "الدول الأطراف", "本公约缔约国", "缔约国", "大会"]
}
