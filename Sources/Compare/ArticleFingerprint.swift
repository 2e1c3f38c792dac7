import Addressing
import Foundation
import Structure

/// What the concordance compares of an article: its number, the words of its title and the
/// word pairs of its text, normalised (case and diacritics folded).
struct ArticleFingerprint: Sendable {
    /// The number as in anchors (`4bis`).
    var number: String
    var titleWords: Set<String>
    /// Consecutive word pairs of the text ("conditions safeguards" …); single words for a one-word text.
    var shingles: Set<String>
    var wordCount: Int

    /// Words that say nothing of a title's subject.
    private static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    ]

    init(_ article: Article, text: String) {
        number = Anchor.normalizedNumber(article.number)
        titleWords = Set(Self.words(article.title ?? "").filter { !Self.stopWords.contains($0) }.map(Self.stem))
        let words = Self.words(text)
        wordCount = words.count
        if words.count == 1 {
            shingles = [words[0]]
        } else {
            var pairs = Set<String>()
            pairs.reserveCapacity(words.count)
            for index in words.indices.dropLast() { pairs.insert(words[index] + " " + words[index + 1]) }
            shingles = pairs
        }
    }

    /// Whether there is enough text to compare by content.
    var hasText: Bool { wordCount >= 3 }
    var hasTitle: Bool { !titleWords.isEmpty }

    /// Dice similarity of the titles' words, from 0 to 1.
    func titleSimilarity(_ other: ArticleFingerprint) -> Double {
        Self.dice(titleWords, other.titleWords)
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
        return 2 * Double(shared) / Double(a.count + b.count)
    }

    /// Lowercased words with diacritics folded: letters and digits, split at everything else.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetterOrNumber }
            .map(String.init)
    }

    /// A light plural stem, so "Offences" and "offence" match.
    private static func stem(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
