import Foundation

/// The keys of provision pages (`/articles/<key>/`): the slug of a provision's title, or
/// `article-<number>` for a provision without one. Which key a provision gets (the first
/// appearance, keys frozen by the lock, `-2` for a key two provisions would share) is the
/// compare stage's choice; how a key is spelled is here.
public enum ProvisionKey {
    /// The longest key made from a title, cut at a word boundary.
    public static let maximumLength = 100

    /// `Offences related to child sexual abuse material` gives
    /// `offences-related-to-child-sexual-abuse-material`: ASCII letters and digits, dashes
    /// between words, diacritics folded; `nil` when nothing is left.
    public static func fromTitle(_ title: String) -> String? {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty, scalar != "'" && scalar != "\u{2019}" {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > maximumLength && !slug.isEmpty { break }
            slug = next
        }
        return slug.isEmpty ? nil : String(slug.prefix(maximumLength))
    }

    /// `article-4bis` for Article 4 bis.
    public static func fromNumber(_ number: String) -> String {
        "article-" + Anchor.normalizedNumber(number)
    }

    /// The key a provision gets when none of its versions gives one.
    public static let fallback = "provision"
}
