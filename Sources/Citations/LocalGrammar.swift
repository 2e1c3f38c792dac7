import Addressing

/// The words of the reference grammar in one of the other UN languages (French, Spanish,
/// Russian, Arabic), from ``ProvisionWords`` so headings and references cannot drift; the
/// forms are those of ``ByteCursor/localReference(_:)``. Chinese has its own grammar
/// (``ByteCursor/chineseReference()``).
struct LocalGrammar: Sendable {
    let language: ProvisionWords.Language
    /// Every form of "article" and "articles" (Arabic with its attached prefixes).
    let article: [Keyword]
    let paragraph: [Keyword]
    let point: [Keyword]
    let chapter: [Keyword]
    let preamble: [Keyword]
    /// Single words for a recital (`considérant 9`).
    let recital: [Keyword]
    /// "of" between a part and its whole (`du`, `del`, `من`); optional in every form.
    let of: [Keyword]
    let and: [Keyword]
    let to: [Keyword]
    /// What may open a range before its first number (`с 6 по 16`, `من 6 إلى 16`).
    let rangeOpeners: [Keyword]
    /// Words for "first" that stand for article 1 (`premier`, `primero`).
    let first: [Keyword]
    /// Ordinal words and their values, longest first (`neuvième` 9), for recitals.
    let ordinals: [(word: Keyword, value: Int)]
    /// Words that, with a number and the preamble, name a recital besides the paragraph
    /// words: French `alinéa` ("alinéa 9 du préambule").
    let recitalParts: [Keyword]

    init(_ language: ProvisionWords.Language) {
        let words = ProvisionWords.words(language)
        let forms: ([String]) -> [String] = { list in
            language == .ar ? list.flatMap(ProvisionWords.arabicForms) : list
        }
        self.language = language
        article = Keyword.list(forms(words.article + words.articles))
        paragraph = Keyword.list(forms(words.paragraph))
        point = Keyword.list(forms(words.point))
        chapter = Keyword.list(forms(words.chapter).filter { !$0.contains(" ") })
        preamble = Keyword.list(forms(words.preamble))
        recital = Keyword.list(words.recital)
        // "de" last among the French forms so "de la" is tried first (longest first does it).
        of = Keyword.list(words.of)
        and = Keyword.list(words.and.filter { $0 != "و" && $0 != "、" })
        to = Keyword.list(words.to.filter { $0 != "–" })
        rangeOpeners = language == .ru ? ["с", "со"] : language == .ar ? ["من"] : []
        first = language == .fr ? ["premier", "1er"] : language == .es ? ["primero", "1º", "1°"] : []
        ordinals = ProvisionWords.ordinals(language).enumerated()
            .flatMap { index, forms in forms.map { (word: Keyword($0), value: index + 1) } }
            .sorted { $0.word.scalars.count != $1.word.scalars.count ? $0.word.scalars.count > $1.word.scalars.count : $0.word.text < $1.word.text }
        recitalParts = language == .fr ? Keyword.list(words.paragraph + ["alinéa", "alinéas", "l'alinéa", "l’alinéa"]) : paragraph
    }

    static let french = LocalGrammar(.fr)
    static let spanish = LocalGrammar(.es)
    static let russian = LocalGrammar(.ru)
    static let arabic = LocalGrammar(.ar)
}
