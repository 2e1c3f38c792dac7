/// The words that name the parts of a treaty in the six UN languages, in the grammatical
/// forms texts use them (French `l'article`, Russian `статьи`/`статье`/`статьей`, Arabic
/// `المادتان`/`بالمادة`), shared by the draft headings (Structure) and the references in
/// positions (Citations) so the two cannot drift.
///
/// Words are lowercase; Latin and Cyrillic texts match them case-insensitively. Chinese
/// writes numbers between markers (`第二十四条`): see ``chineseOrdinal`` and the `chinese*`
/// suffixes.
public enum ProvisionWords {
    /// A UN language.
    public enum Language: String, CaseIterable, Sendable, Hashable {
        case en, fr, es, ru, ar, zh

        /// The language of a BCP 47 tag (`fr`, `fr-CH`, `zh-Hans`), or `nil` for another one.
        public init?(tag: String) {
            let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
            self.init(rawValue: primary)
        }
    }

    /// The words of one language; each list holds every form a text may use.
    public struct Words: Sendable, Hashable {
        /// One article: `article`, `l'article`, `artículo`, `статья`/`статьи`/`статье`..., `المادة`.
        public var article: [String]
        /// Several articles: `articles`, `artículos`, `статьи`/`статей`, `المادتان`/`المواد`.
        public var articles: [String]
        /// A chapter (any number): `chapitre(s)`, `capítulo(s)`, `глава`/`главы`..., `الفصل`.
        public var chapter: [String]
        /// A numbered paragraph (any number): `paragraphe(s)`, `párrafo(s)`, `пункт`/`пункта`..., `الفقرة`.
        public var paragraph: [String]
        /// A point (subparagraph): `alinéa`, `apartado`/`inciso`, `подпункт`..., `الفقرة الفرعية`.
        public var point: [String]
        /// The preamble: `préambule`, `preámbulo`, `преамбула`..., `الديباجة`, `序言`.
        public var preamble: [String]
        /// An annex: `annexe`, `anexo`, `приложение`..., `المرفق`, `附件`.
        public var annex: [String]
        /// A preambular paragraph as a single word or phrase (`preambular paragraph`,
        /// `considérant`); other languages say "paragraph N of the preamble".
        public var recital: [String]
        /// "of" joining a part to the whole it lies in (`paragraph 2 of article 10`): `de`,
        /// `du`, `del`, `من`; Russian uses the genitive without a word.
        public var of: [String]
        /// "to" in a range (`articles 6 to 16`): `à`, `a`, `по`, `إلى`, `至`.
        public var to: [String]
        /// "and"/"or" in a list: `et`, `ou`, `y`, `o`, `и`, `или`, `و`, `和`.
        public var and: [String]
    }

    /// The words of `language`.
    public static func words(_ language: Language) -> Words {
        switch language {
        case .en: english
        case .fr: french
        case .es: spanish
        case .ru: russian
        case .ar: arabic
        case .zh: chinese
        }
    }

    static let english = Words(
        article: ["article", "art."], articles: ["articles", "arts."], chapter: ["chapter", "chapters"],
        paragraph: ["paragraph", "paragraphs", "para."], point: ["subparagraph", "subparagraphs"],
        preamble: ["preamble"], annex: ["annex", "annexes"], recital: ["preambular paragraph", "preambular paragraphs"],
        of: ["of"], to: ["to", "through"], and: ["and", "or"]
    )

    static let french = Words(
        article: ["article", "l'article", "l’article", "art."], articles: ["articles", "art."],
        chapter: ["chapitre", "chapitres", "le chapitre"], paragraph: ["paragraphe", "paragraphes", "par."],
        point: ["alinéa", "alinéas", "l'alinéa", "l’alinéa", "lettre"], preamble: ["préambule", "preambule"],
        annex: ["annexe", "annexes", "l'annexe", "l’annexe"], recital: ["considérant", "considérants"],
        of: ["de l'", "de l’", "de la", "du", "des", "de"], to: ["à", "a"], and: ["et", "ou"]
    )

    static let spanish = Words(
        article: ["artículo", "articulo", "art."], articles: ["artículos", "articulos", "arts."],
        chapter: ["capítulo", "capítulos", "capitulo", "capitulos"], paragraph: ["párrafo", "párrafos", "parrafo", "parrafos", "párr."],
        point: ["apartado", "apartados", "inciso", "incisos", "literal"], preamble: ["preámbulo", "preambulo"],
        annex: ["anexo", "anexos"], recital: ["considerando", "considerandos"],
        of: ["de la", "del", "de"], to: ["a", "al"], and: ["y", "e", "o", "u"]
    )

    static let russian = Words(
        article: ["статья", "статьи", "статье", "статью", "статьей", "статьёй", "ст."],
        articles: ["статьи", "статей", "статьям", "статьями", "статьях", "статьи"],
        chapter: ["глава", "главы", "главе", "главу", "главой", "глав", "главам", "главами", "главах"],
        paragraph: ["пункт", "пункта", "пункте", "пунктом", "пункту", "пункты", "пунктов", "пунктам", "пунктами", "пунктах", "п."],
        point: ["подпункт", "подпункта", "подпункте", "подпунктом", "подпункту", "подпункты", "подпунктов", "подпунктам", "подпунктами", "подпунктах"],
        preamble: ["преамбула", "преамбулы", "преамбуле", "преамбулу", "преамбулой"],
        annex: ["приложение", "приложения", "приложении", "приложению", "приложением"], recital: [],
        of: [], to: ["по", "до", "–"], and: ["и", "или"]
    )

    /// Arabic words without the one-letter prefixes that attach to them (see ``arabicForms(_:)``).
    static let arabic = Words(
        article: ["المادة", "مادة"], articles: ["المادتان", "المادتين", "المواد", "مادتين"],
        chapter: ["الفصل", "الفصول", "الفصلان", "الفصلين"], paragraph: ["الفقرة", "الفقرتان", "الفقرتين", "الفقرات"],
        point: ["الفقرة الفرعية", "الفقرتان الفرعيتان", "الفقرتين الفرعيتين", "الفقرات الفرعية"],
        preamble: ["الديباجة"], annex: ["المرفق", "مرفق"], recital: [],
        of: ["من"], to: ["إلى", "الى", "حتى"], and: ["و", "أو"]
    )

    static let chinese = Words(
        article: ["条"], articles: ["条"], chapter: ["章"], paragraph: ["款"], point: ["项"],
        preamble: ["序言"], annex: ["附件"], recital: ["段"], of: ["的"], to: ["至", "到"], and: ["和", "及", "与", "、", "或"]
    )

    // MARK: Arabic

    /// The one-letter words Arabic writes joined to the next word: "and", "with/by", "to/for",
    /// "so", "as", and their pairs (`وب`, `ول`, `فب`, `فل`).
    public static let arabicPrefixes = ["", "و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك"]

    /// `word` with each prefix joined to it, as texts write them: `المادة`, `والمادة`,
    /// `بالمادة`, `للمادة` (`ل` before `ال` drops the alef). Longest forms first.
    public static func arabicForms(_ word: String) -> [String] {
        var forms: [String] = []
        for prefix in arabicPrefixes {
            if prefix.hasSuffix("ل"), word.hasPrefix("ال") {
                forms.append(prefix + word.dropFirst())
            } else {
                forms.append(prefix + word)
            }
        }
        return forms.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count || ($0.unicodeScalars.count == $1.unicodeScalars.count && $0 < $1) }
    }

    /// The ordinal adjectives that number chapters and annexes (`الفصل الرابع`, `المرفق
    /// الأول`), masculine and feminine, with and without hamza; index + 1 is the value.
    static let arabicOrdinals: [[String]] = [
        ["الأول", "الاول", "الأولى", "الاولى"], ["الثاني", "الثانية"], ["الثالث", "الثالثة"], ["الرابع", "الرابعة"],
        ["الخامس", "الخامسة"], ["السادس", "السادسة"], ["السابع", "السابعة"], ["الثامن", "الثامنة"], ["التاسع", "التاسعة"],
        ["العاشر", "العاشرة"], ["الحادي عشر", "الحادية عشرة"], ["الثاني عشر", "الثانية عشرة"], ["الثالث عشر", "الثالثة عشرة"],
        ["الرابع عشر", "الرابعة عشرة"], ["الخامس عشر", "الخامسة عشرة"], ["السادس عشر", "السادسة عشرة"], ["السابع عشر", "السابعة عشرة"],
        ["الثامن عشر", "الثامنة عشرة"], ["التاسع عشر", "التاسعة عشرة"], ["العشرون"],
    ]

    /// The value of the Arabic ordinal at the start of `text` and the number of characters it
    /// takes (`الرابع` → 4; `الحادي عشر` → 11), longest match first; `nil` when there is none.
    public static func arabicOrdinal(prefixOf text: Substring) -> (value: Int, length: Int)? {
        var best: (value: Int, length: Int)?
        for (index, forms) in arabicOrdinals.enumerated() {
            for form in forms where text.hasPrefix(form) {
                let after = text.dropFirst(form.count).first
                guard after.map({ !$0.isLetter }) ?? true else { continue }
                if form.count > (best?.length ?? 0) { best = (index + 1, form.count) }
            }
        }
        return best
    }

    // MARK: Chinese

    /// What opens a Chinese ordinal: `第` in `第二十四条`.
    public static let chineseOrdinal: Character = "第"
    /// What closes an article's number (`第24条`).
    public static let chineseArticle: Character = "条"
    /// What closes a paragraph's number (`第二款`).
    public static let chineseParagraph: Character = "款"
    /// What closes a point's number (`第(二)项`).
    public static let chinesePoint: Character = "项"
    /// What closes a chapter's number (`第四章`).
    public static let chineseChapter: Character = "章"
    /// What closes a preambular paragraph's number (`序言第九段`).
    public static let chineseRecital: Character = "段"

    // MARK: Ordinals

    /// Ordinal words of `language` (index + 1 is the value, up to 20), in every form texts
    /// use: UN resolutions number preambular paragraphs with them ("le neuvième alinéa du
    /// préambule", "el noveno párrafo del preámbulo", "в девятом пункте преамбулы",
    /// "الفقرة التاسعة من الديباجة"). Empty for English and Chinese (which write digits
    /// or `第九`).
    public static func ordinals(_ language: Language) -> [[String]] {
        switch language {
        case .fr: frenchOrdinals
        case .es: spanishOrdinals
        case .ru: russianOrdinals
        case .ar: arabicOrdinals
        case .en, .zh: []
        }
    }

    static let frenchOrdinals: [[String]] = [
        ["premier", "première", "1er"], ["deuxième", "second", "seconde"], ["troisième"], ["quatrième"], ["cinquième"], ["sixième"],
        ["septième"], ["huitième"], ["neuvième"], ["dixième"], ["onzième"], ["douzième"], ["treizième"], ["quatorzième"], ["quinzième"],
        ["seizième"], ["dix-septième"], ["dix-huitième"], ["dix-neuvième"], ["vingtième"],
    ]

    static let spanishOrdinals: [[String]] = [
        ["primer", "primero", "primera"], ["segundo", "segunda"], ["tercer", "tercero", "tercera"], ["cuarto", "cuarta"], ["quinto", "quinta"],
        ["sexto", "sexta"], ["séptimo", "septimo", "séptima"], ["octavo", "octava"], ["noveno", "novena"], ["décimo", "decimo", "décima"],
        ["undécimo", "decimoprimero", "decimoprimer"], ["duodécimo", "decimosegundo"], ["decimotercero", "decimotercer"], ["decimocuarto"],
        ["decimoquinto"], ["decimosexto"], ["decimoséptimo"], ["decimoctavo"], ["decimonoveno"], ["vigésimo", "vigesimo"],
    ]

    /// Russian ordinals: each stem with the endings of its cases and genders (`девятый`,
    /// `девятом`, `девятого`; `третий`, `третьем`).
    static let russianOrdinals: [[String]] = {
        let stems = [
            "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат", "двенадцат", "тринадцат",
            "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат",
        ]
        let endings = ["ый", "ой", "ий", "ого", "ому", "ым", "ом", "ая", "ую", "ьего", "ьему", "ьим", "ьем", "ья", "ью"]
        return stems.map { stem in endings.map { stem + $0 } }
    }()

    // MARK: Inserted articles

    /// The Latin words that number an article inserted after another (`19 bis`, `19 ter`),
    /// in order: index 0 is the second article numbered 19, as Chinese `之二` is.
    public static let insertionSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    /// The same words as Russian UN texts transliterate them (`статья 8 бис`, `статья 15
    /// тер`), in the order of ``insertionSuffixes``.
    public static let russianInsertionSuffixes = ["бис", "тер", "кватер", "квинквиес", "сексиес", "септиес", "октиес", "новиес", "дециес"]

    // MARK: Numbers

    /// The uppercase roman numeral of `value` (1...3999), as chapter anchors write numbers
    /// (`第四章` and `الفصل الرابع` are `chp_IV`); the decimal digits for other values.
    public static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, numeral) in table {
            while rest >= amount {
                out += numeral
                rest -= amount
            }
        }
        return out
    }
}
