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
    /// "The General Assembly,", "The High Contracting Parties:").
    static func isChapeau(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("The "), let last = trimmed.last, last == "," || last == ":" else { return false }
        return trimmed.split(separator: " ").count <= 15
    }
}
