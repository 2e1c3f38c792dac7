/// How an index analyses the words of one language (docs/search.md, "Languages"): its stop
/// words, in folded form, and its stemmer (Porter's step 1 for English, a light prefix
/// stemmer for Arabic, none for the others). The client (`assets/search.js`) reads the
/// language from `index.json` and does the same.
struct SearchLanguage: Sendable, Equatable {
    /// The BCP 47 primary subtag, lower-cased: `en`, `fr`, `zh`.
    let code: String
    /// The words that take a position but are not indexed, folded, sorted as given.
    let stopWords: [String]
    /// The stop words as UTF-8, for lookup by bytes.
    private let stopWordBytes: Set<[UInt8]>

    /// The analysis of the language `tag` (`fr`, `fr-CA`, `zh_Hans`): its primary subtag;
    /// a language without a list of its own has no stop words and no stemmer.
    init(_ tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        code = primary.isEmpty ? "en" : primary
        stopWords = (Self.lists[code] ?? []).sorted()
        stopWordBytes = Set(stopWords.map { Array($0.utf8) })
    }

    static func == (lhs: SearchLanguage, rhs: SearchLanguage) -> Bool { lhs.code == rhs.code }

    /// English, the language of an index that names none.
    static let english = SearchLanguage("en")

    /// Whether the folded `word` is a stop word of the language.
    func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        !stopWordBytes.isEmpty && word.count <= 24 && stopWordBytes.contains(Array(word))
    }

    /// The term of a folded `word` in `term` (its stem); `false` for a stop word, which is
    /// not indexed.
    func term(of word: UnsafeBufferPointer<UInt8>, into term: inout [UInt8]) -> Bool {
        guard !isStopWord(word) else { return false }
        term.removeAll(keepingCapacity: true)
        term.append(contentsOf: word)
        switch code {
        case "en": Stemmer.stem(&term)
        case "ar": Stemmer.stemArabic(&term)
        default: break
        }
        return true
    }

    /// The stop words of each language, folded as the tokenizer folds (no accents, Arabic
    /// alef forms as `ا`, `ى` as `ي`, `ة` as `ه`): short lists of function words.
    static let lists: [String: [String]] = [
        "en": [
            "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "into", "is",
            "it", "its", "of", "on", "or", "s", "shall", "such", "that", "the", "their", "this", "those", "to", "under",
            "which", "with",
        ],
        "fr": [
            "a", "au", "aux", "ce", "ces", "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les",
            "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une",
        ],
        "es": [
            "a", "al", "con", "del", "de", "el", "en", "es", "la", "las", "lo", "los", "o", "para", "por", "que", "se",
            "su", "sus", "un", "una", "y",
        ],
        "ru": [
            "в", "во", "и", "или", "к", "как", "на", "не", "о", "об", "от", "по", "с", "со", "также", "что", "это",
            "его", "ее", "их", "для", "из", "за", "у",
        ],
        "ar": [
            "في", "من", "الي", "علي", "عن", "ان", "او", "و", "ما", "لا", "مع", "هذا", "هذه", "ذلك", "التي", "الذي",
            "كان", "قد", "ثم", "بين",
        ],
    ]
}
