import Testing
@testable import Citations

/// References in the other five UN languages, as UN documents write them (the forms of
/// DESIGN §7 and those of UNTOC, the Budapest Convention and General Assembly resolutions in
/// each language), with the anchors they must link to: the same as their English equivalents.
@Suite struct ReferenceScannerLanguagesTests {
    let scanner = ReferenceScanner.fixture

    /// The linked pieces of `text`: each as its text and anchor.
    func links(_ text: String) -> [String] { scanner.links(text) }

    /// The anchors `text` links to, and the articles of its ranges.
    func anchors(_ text: String) -> [String] {
        scanner.scan(text).filter { !$0.external }.flatMap { match in
            match.links.compactMap { $0.target.anchor?.id } + match.ranges.map { "\($0.0.number)...\($0.1.number)" }
        }
    }

    @Test(arguments: [
        ("Nous appuyons l'article 24, paragraphe 2.", ["l'article 24, paragraphe 2 -> art_24__para_2"]),
        ("article 24, paragraphe 2", ["article 24, paragraphe 2 -> art_24__para_2"]),
        ("l’article 24 tel que rédigé", ["l’article 24 -> art_24"]),
        ("L'article premier définit l'objet", ["L'article premier -> art_1"]),
        ("les articles 6 à 16", ["articles 6 -> art_6", "16 -> art_16"]),
        ("les articles 29 et 30", ["articles 29 -> art_29", "30 -> art_30"]),
        ("aux articles 3, 23 et 53", ["articles 3 -> art_3", "23 -> art_23", "53 -> art_53"]),
        ("le paragraphe 2 de l'article 10", ["paragraphe 2 de l'article 10 -> art_10__para_2"]),
        ("l'alinéa b) du paragraphe 2 de l'article 24", ["l'alinéa b) du paragraphe 2 de l'article 24 -> art_24__para_2__point_b"]),
        ("l'article 24, paragraphe 2, alinéa b)", ["l'article 24, paragraphe 2, alinéa b) -> art_24__para_2__point_b"]),
        ("l'article 47, paragraphe 1 a)", ["l'article 47, paragraphe 1 a) -> art_47__para_1__point_a"]),
        ("l'article 22 (1) (c)", ["l'article 22 (1) (c) -> art_22__para_1__point_c"]),
        ("l'article 4 bis", ["l'article 4 bis -> art_4bis"]),
        ("le chapitre IV", ["chapitre IV -> chp_IV"]),
        ("les chapitres IV et V", ["chapitres IV -> chp_IV", "V -> chp_V"]),
        ("le paragraphe 9 du préambule", ["paragraphe 9 du préambule -> preamble__rec_9"]),
        ("au neuvième alinéa du préambule", ["neuvième alinéa du préambule -> preamble__rec_9"]),
        ("l'alinéa 3 du préambule", ["l'alinéa 3 du préambule -> preamble__rec_3"]),
        ("au paragraphe 1 de l'article 5", ["paragraphe 1 de l'article 5 -> art_5__para_1"]),
        ("à l'alinéa a) du paragraphe 1 de l'article 2", ["l'alinéa a) du paragraphe 1 de l'article 2 -> art_2__para_1__point_a"]),
        ("aux paragraphes 1 et 2 de l'article 5", ["paragraphes 1 -> art_5__para_1", "2 de l'article 5 -> art_5__para_2"]),
        ("les alinéas a) et b) du paragraphe 1 de l'article 2", ["alinéas a) -> art_2__para_1__point_a", "b) du paragraphe 1 de l'article 2 -> art_2__para_1__point_b"]),
        ("conformément aux articles 5, 6, 8 et 23", ["articles 5 -> art_5", "6 -> art_6", "8 -> art_8", "23 -> art_23"]),
    ])
    func french(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        ("el artículo 24, párrafo 2, apartado b)", ["artículo 24, párrafo 2, apartado b) -> art_24__para_2__point_b"]),
        ("el Artículo 24", ["Artículo 24 -> art_24"]),
        ("los artículos 6 a 16", ["artículos 6 -> art_6", "16 -> art_16"]),
        ("los artículos 29 y 30", ["artículos 29 -> art_29", "30 -> art_30"]),
        ("el párrafo 2 del artículo 10", ["párrafo 2 del artículo 10 -> art_10__para_2"]),
        ("el apartado b) del párrafo 2 del artículo 24", ["apartado b) del párrafo 2 del artículo 24 -> art_24__para_2__point_b"]),
        ("el inciso ii) del apartado b) del párrafo 2 del artículo 24", ["inciso ii) del apartado b) del párrafo 2 del artículo 24 -> art_24__para_2__point_b__point_ii"]),
        ("el artículo 35, párrafo 1 a)", ["artículo 35, párrafo 1 a) -> art_35__para_1__point_a"]),
        ("el articulo 5", ["articulo 5 -> art_5"]),
        ("el capítulo IV", ["capítulo IV -> chp_IV"]),
        ("el párrafo 9 del preámbulo", ["párrafo 9 del preámbulo -> preamble__rec_9"]),
        ("el noveno párrafo del preámbulo", ["noveno párrafo del preámbulo -> preamble__rec_9"]),
        ("en el apartado a) del párrafo 1 del artículo 5", ["apartado a) del párrafo 1 del artículo 5 -> art_5__para_1__point_a"]),
        ("los párrafos 1 y 2 del artículo 5", ["párrafos 1 -> art_5__para_1", "2 del artículo 5 -> art_5__para_2"]),
        ("de conformidad con los artículos 5, 6, 8 y 23", ["artículos 5 -> art_5", "6 -> art_6", "8 -> art_8", "23 -> art_23"]),
    ])
    func spanish(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        ("статья 24, пункт 2", ["статья 24, пункт 2 -> art_24__para_2"]),
        ("Статья 24", ["Статья 24 -> art_24"]),
        ("статьи 6-16", ["статьи 6 -> art_6", "16 -> art_16"]),
        ("статьи 6–16", ["статьи 6 -> art_6", "16 -> art_16"]),
        ("статей с 6 по 16", ["статей с 6 -> art_6", "16 -> art_16"]),
        ("статьи 29 и 30", ["статьи 29 -> art_29", "30 -> art_30"]),
        ("пункт 2 статьи 10", ["пункт 2 статьи 10 -> art_10__para_2"]),
        ("подпункт b пункта 2 статьи 24", ["подпункт b пункта 2 статьи 24 -> art_24__para_2__point_b"]),
        ("подпункт (b) пункта 2 статьи 24", ["подпункт (b) пункта 2 статьи 24 -> art_24__para_2__point_b"]),
        ("подпункт б) пункта 2 статьи 24", ["подпункт б) пункта 2 статьи 24 -> art_24__para_2__point_b"]),
        ("в соответствии со статьей 24", ["статьей 24 -> art_24"]),
        ("статьёй 24", ["статьёй 24 -> art_24"]),
        ("статья 24 (2)", ["статья 24 (2) -> art_24__para_2"]),
        ("глава IV", ["глава IV -> chp_IV"]),
        ("главы IV", ["главы IV -> chp_IV"]),
        ("пункт 9 преамбулы", ["пункт 9 преамбулы -> preamble__rec_9"]),
        ("в девятом пункте преамбулы", ["девятом пункте преамбулы -> preamble__rec_9"]),
        ("третий пункт преамбулы", ["третий пункт преамбулы -> preamble__rec_3"]),
        ("«статья 24»", ["статья 24 -> art_24"]),
        ("в пункте 1 статьи 5", ["пункте 1 статьи 5 -> art_5__para_1"]),
        ("в подпункте (a) пункта 1 статьи 2", ["подпункте (a) пункта 1 статьи 2 -> art_2__para_1__point_a"]),
        ("пункты 1 и 2 статьи 5", ["пункты 1 -> art_5__para_1", "2 статьи 5 -> art_5__para_2"]),
        ("подпункты (a) и (b) пункта 1 статьи 2", ["подпункты (a) -> art_2__para_1__point_a", "(b) пункта 1 статьи 2 -> art_2__para_1__point_b"]),
        ("статьями 5, 6, 8 и 23", ["статьями 5 -> art_5", "6 -> art_6", "8 -> art_8", "23 -> art_23"]),
    ])
    func russian(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        ("المادة 24 (2)", ["المادة 24 (2) -> art_24__para_2"]),
        ("المادة ٢٤", ["المادة ٢٤ -> art_24"]),
        ("المادتان 6 و7", ["المادتان 6 -> art_6", "7 -> art_7"]),
        ("المادتين 6 و 7", ["المادتين 6 -> art_6", "7 -> art_7"]),
        ("المواد من 6 إلى 16", ["المواد من 6 -> art_6", "16 -> art_16"]),
        ("المواد 3 و23 و53", ["المواد 3 -> art_3", "23 -> art_23", "53 -> art_53"]),
        ("الفقرة 2 من المادة 10", ["الفقرة 2 من المادة 10 -> art_10__para_2"]),
        ("الفقرة الفرعية (ب) من الفقرة 2 من المادة 24", ["الفقرة الفرعية (ب) من الفقرة 2 من المادة 24 -> art_24__para_2__point_b"]),
        ("المادة 24 (2) (ب)", ["المادة 24 (2) (ب) -> art_24__para_2__point_b"]),
        ("وفقا للمادة 24", ["للمادة 24 -> art_24"]),
        ("عملا بالمادة ٢٤ (١)", ["بالمادة ٢٤ (١) -> art_24__para_1"]),
        ("والمادة 5", ["والمادة 5 -> art_5"]),
        ("الفصل الرابع", ["الفصل الرابع -> chp_IV"]),
        ("في الفصل الحادي عشر", ["الفصل الحادي عشر -> chp_XI"]),
        ("الفقرة 9 من الديباجة", ["الفقرة 9 من الديباجة -> preamble__rec_9"]),
        ("المادة 4 مكررا", ["المادة 4 مكررا -> art_4bis"]),
        ("الفقرة التاسعة من الديباجة", ["الفقرة التاسعة من الديباجة -> preamble__rec_9"]),
        ("في الفقرة 1 من المادة 5", ["الفقرة 1 من المادة 5 -> art_5__para_1"]),
        ("الفقرة الفرعية (أ) من الفقرة 1 من المادة 2", ["الفقرة الفرعية (أ) من الفقرة 1 من المادة 2 -> art_2__para_1__point_a"]),
        ("الفقرتان 1 و2 من المادة 5", ["الفقرتان 1 -> art_5__para_1", "2 من المادة 5 -> art_5__para_2"]),
        ("المواد 5 و6 و8 و23", ["المواد 5 -> art_5", "6 -> art_6", "8 -> art_8", "23 -> art_23"]),
        ("المادة 24، الفقرة 2", ["المادة 24، الفقرة 2 -> art_24__para_2"]),
    ])
    func arabic(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        ("第二十四条第二款", ["第二十四条第二款 -> art_24__para_2"]),
        ("根据第24条", ["第24条 -> art_24"]),
        ("第六条至第十六条", ["第六条 -> art_6", "第十六条 -> art_16"]),
        ("第6至16条", ["第6 -> art_6", "16条 -> art_16"]),
        ("第二十四条第二款第(二)项", ["第二十四条第二款第(二)项 -> art_24__para_2__point_b"]),
        ("第二十四条第二款(二)项", ["第二十四条第二款(二)项 -> art_24__para_2__point_b"]),
        ("第二十四条第二款第二项", ["第二十四条第二款第二项 -> art_24__para_2__point_b"]),
        ("第四章", ["第四章 -> chp_IV"]),
        ("第六条和第七条", ["第六条 -> art_6", "第七条 -> art_7"]),
        ("第三条、第二十三条和第五十三条", ["第三条 -> art_3", "第二十三条 -> art_23", "第五十三条 -> art_53"]),
        ("本公约第24条", ["第24条 -> art_24"]),
        ("序言部分第九段", ["序言部分第九段 -> preamble__rec_9"]),
        ("第２４条", ["第２４条 -> art_24"]),
        ("本公约第五条、第六条、第八条和第二十三条", ["第五条 -> art_5", "第六条 -> art_6", "第八条 -> art_8", "第二十三条 -> art_23"]),
        ("第五条第一款第(一)项", ["第五条第一款第(一)项 -> art_5__para_1__point_a"]),
        ("第二十四条第二款第（二）项", ["第二十四条第二款第（二）项 -> art_24__para_2__point_b"]),
    ])
    func chinese(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    /// Inserted articles (`19 bis`) in each language's writing link to `art_19bis`.
    @Test(arguments: [
        ("see article 19 bis", ["article 19 bis -> art_19bis"]),
        ("l'article 19 bis", ["l'article 19 bis -> art_19bis"]),
        ("l’article 19 ter", ["l’article 19 ter -> art_19ter"]),
        ("el artículo 19 bis", ["artículo 19 bis -> art_19bis"]),
        ("el artículo 19 bis, párrafo 2", ["artículo 19 bis, párrafo 2 -> art_19bis__para_2"]),
        ("статья 19 бис", ["статья 19 бис -> art_19bis"]),
        ("статья 19-бис", ["статья 19-бис -> art_19bis"]),
        ("статья 19 bis", ["статья 19 bis -> art_19bis"]),
        ("в соответствии со статьей 15 тер", ["статьей 15 тер -> art_15ter"]),
        ("пункт 2 статьи 19 бис", ["пункт 2 статьи 19 бис -> art_19bis__para_2"]),
        ("статьи 19 бис и 20", ["статьи 19 бис -> art_19bis", "20 -> art_20"]),
        ("المادة 19 مكررا", ["المادة 19 مكررا -> art_19bis"]),
        ("المادة 19 مكرراً", ["المادة 19 مكرراً -> art_19bis"]),
        ("الفقرة 2 من المادة 19 مكررا", ["الفقرة 2 من المادة 19 مكررا -> art_19bis__para_2"]),
        ("第十九条之二", ["第十九条之二 -> art_19bis"]),
        ("根据第19条之二第二款", ["第19条之二第二款 -> art_19bis__para_2"]),
        ("第十九条之三和第二十条", ["第十九条之三 -> art_19ter", "第二十条 -> art_20"]),
    ])
    func insertedArticlesInEachLanguage(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    /// Arabic sub-points (`’1‘`, `(1)`) after a letter point are its roman sub-points; Chinese
    /// ones (`第1目`) too.
    @Test(arguments: [
        ("الفقرة الفرعية (أ) ’1‘ من الفقرة 2 من المادة 24", ["الفقرة الفرعية (أ) ’1‘ من الفقرة 2 من المادة 24 -> art_24__para_2__point_a__point_i"]),
        ("الفقرة الفرعية (ب) (2) من الفقرة 2 من المادة 24", ["الفقرة الفرعية (ب) (2) من الفقرة 2 من المادة 24 -> art_24__para_2__point_b__point_ii"]),
        ("المادة 24 (2) (أ) ’1‘", ["المادة 24 (2) (أ) ’1‘ -> art_24__para_2__point_a__point_i"]),
        ("المادة 24 (2) (ب) (٣)", ["المادة 24 (2) (ب) (٣) -> art_24__para_2__point_b__point_iii"]),
        ("المادة 24، الفقرة 2، الفقرة الفرعية (أ) ’2‘", ["المادة 24، الفقرة 2، الفقرة الفرعية (أ) ’2‘ -> art_24__para_2__point_a__point_ii"]),
        ("第二十四条第二款第(一)项第1目", ["第二十四条第二款第(一)项第1目 -> art_24__para_2__point_a__point_i"]),
    ])
    func arabicAndChineseSubPoints(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    /// French and Spanish written without accents still read as French and Spanish lists.
    @Test(arguments: [
        ("articles 6 et 7", ["articles 6 -> art_6", "7 -> art_7"]),
        ("Articles 6 et 7", ["Articles 6 -> art_6", "7 -> art_7"]),
        ("voir articles 6 et 7", ["articles 6 -> art_6", "7 -> art_7"]),
        ("articles 6, 8 et 9", ["articles 6 -> art_6", "8 -> art_8", "9 -> art_9"]),
        ("articles 6 a 9", ["articles 6 -> art_6", "9 -> art_9"]),
        ("artículos 6 y 7", ["artículos 6 -> art_6", "7 -> art_7"]),
        ("articulos 6 y 7", ["articulos 6 -> art_6", "7 -> art_7"]),
        ("Artículos 6 y 7", ["Artículos 6 -> art_6", "7 -> art_7"]),
        ("los articulos 6, 8 y 9", ["articulos 6 -> art_6", "8 -> art_8", "9 -> art_9"]),
        ("articulos 6 e 7", ["articulos 6 -> art_6", "7 -> art_7"]),
        ("articles 6 et\n7", ["articles 6 -> art_6", "7 -> art_7"]),
        ("articles 6\u{00A0}et 7", ["articles 6 -> art_6", "7 -> art_7"]),
        ("articles\u{00A0}6 et\u{00A0}7", ["articles\u{00A0}6 -> art_6", "7 -> art_7"]),
        ("articles 6 ou 7", ["articles 6 -> art_6", "7 -> art_7"]),
        ("Apoyamos los articulos 6 y 7.", ["articulos 6 -> art_6", "7 -> art_7"]),
        ("articulos 6 y\n7", ["articulos 6 -> art_6", "7 -> art_7"]),
    ])
    func frenchAndSpanishListsWithoutAccents(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    /// Each language's form of one reference cites what the English one does.
    @Test(arguments: [
        ["Article 24, paragraph 2 (b)", "l'alinéa b) du paragraphe 2 de l'article 24", "artículo 24, párrafo 2, apartado b)",
         "подпункт b пункта 2 статьи 24", "الفقرة الفرعية (ب) من الفقرة 2 من المادة 24", "第二十四条第二款第(二)项"],
        ["Articles 6 to 16", "articles 6 à 16", "artículos 6 a 16", "статьи 6-16", "المواد من 6 إلى 16", "第六条至第十六条", "第6至16条"],
        ["paragraph 2 of article 10", "paragraphe 2 de l'article 10", "párrafo 2 del artículo 10", "пункт 2 статьи 10", "الفقرة 2 من المادة 10"],
        ["Chapter IV", "chapitre IV", "capítulo IV", "глава IV", "الفصل الرابع", "第四章"],
    ])
    func everyLanguageCitesWhatEnglishCites(_ forms: [String]) {
        let english = anchors(forms[0])
        #expect(!english.isEmpty)
        for form in forms.dropFirst() {
            #expect(anchors(form) == english, "\(form)")
        }
    }

    @Test(arguments: [
        "l'article 35 de la Convention de Budapest",
        "l'article 28 de la Convention des Nations Unies contre la criminalité transnationale organisée",
        "el artículo 35 del Convenio de Budapest",
        "статья 35 Будапештской конвенции",
        "статьи 19 Международного пакта о гражданских и политических правах",
        "المادة 35 من اتفاقية بودابست",
        "《布达佩斯公约》第三十五条",
        "Comme la Convention de Budapest, l'article 35 prévoit",
        "如布达佩斯公约所述，其第三十五条规定",
        "l'article 9 du Pacte international relatif aux droits civils et politiques",
        "the article 35 of the UNTOC",
    ])
    func referencesToOtherInstrumentsAreNotLinked(_ text: String) {
        let matches = scanner.scan(text)
        #expect(!matches.isEmpty)
        #expect(matches.allSatisfy { $0.external }, "\(text)")
    }

    @Test(arguments: [
        "el artículo 5 de la Convención de Palermo",
        "l'article 5 de la Convention de Palerme",
        "статья 5 Палермской конвенции",
        "المادة 5 من اتفاقية باليرمو",
        "《巴勒莫公约》第五条",
        "Según la Convención de Palermo, el artículo 5 dispone",
        "巴勒莫公约第五条",
    ])
    func theSitesOtherInstrumentsAreNamedInAnyLanguage(_ text: String) {
        let scanner = ReferenceScanner(
            externalInstruments: ["Convención de Palermo", "Convention de Palerme", "Палермской конвенции", "اتفاقية باليرمو", "巴勒莫公约"],
            instrument: "United Nations Convention against Cybercrime"
        )
        let matches = scanner.scan(text)
        #expect(!matches.isEmpty)
        #expect(matches.allSatisfy { $0.external }, "\(text)")
    }

    @Test(arguments: [
        ("l'article 35 de la présente Convention", ["l'article 35 -> art_35"]),
        ("el artículo 35 de la presente Convención", ["artículo 35 -> art_35"]),
        ("статья 35 настоящей Конвенции", ["статья 35 -> art_35"]),
        ("المادة 35 من هذه الاتفاقية", ["المادة 35 -> art_35"]),
        ("《本公约》第三十五条", ["第三十五条 -> art_35"]),
        ("l'article 35, comme dans la Convention de Budapest", ["l'article 35 -> art_35"]),
    ])
    func referencesToTheNegotiatedTextAreLinked(_ text: String, _ expected: [String]) {
        #expect(links(text) == expected)
    }

    @Test(arguments: [
        "条件和保障", "第二次会议", "我们第一次", "第二十四条件", "particle 24", "l'articulation 24", "статьяx 24", "заглавие IV",
        "المادةالأولى", "الماديات 24", "المواد الأولية", "الفصلية 4", "mentionné au chapitre", "Articulo24", "cap 4",
    ])
    func wordsThatOnlyLookLikeReferencesAreNone(_ text: String) {
        #expect(links(text) == [], "\(text)")
    }

    @Test func aMixedLanguageTextLinksEveryLanguage() {
        #expect(links("Our position on Article 24 follows the Spanish text (artículo 24, párrafo 2) and 第二十四条.") == [
            "Article 24 -> art_24", "artículo 24, párrafo 2 -> art_24__para_2", "第二十四条 -> art_24",
        ])
    }

    @Test func englishTextHasTheSameReferencesAsBefore() {
        // French and Spanish grammars are not tried on ASCII text that does not read like them.
        let text = "We support Article 24(2) and Articles 6 to 16; paragraph 2 of article 10, Chapter IV and Preambular paragraph 9."
        #expect(!ReferenceScanner.mayContainRomanceReference(Array(text.utf8)))
        #expect(links(text) == [
            "Article 24(2) -> art_24__para_2", "Articles 6 -> art_6", "16 -> art_16", "paragraph 2 of article 10 -> art_10__para_2",
            "Chapter IV -> chp_IV", "Preambular paragraph 9 -> preamble__rec_9",
        ])
    }

    @Test(arguments: [
        ("We support “Article 24” as drafted.", false, false),
        ("Nous appuyons l'article 24 et 25.", true, false),
        ("el artículo 24", true, false),
        ("статья 24", false, true),
        ("第24条", false, true),
        ("المادة 24", false, true),
        ("articles 6 a 9", true, false),
        ("articles 6 et\n7", true, false),
        ("We support Articles 6 and 7 and a review in 2 years.", false, false),
        ("Article 5 applies to 3 apples.", false, false),
    ])
    func otherGrammarsAreTriedOnlyOnTextThatReadsLikeThem(_ text: String, _ romance: Bool, _ otherScripts: Bool) {
        let hints = ReferenceScanner.languageHints(Array(text.utf8))
        #expect(hints.romance == romance)
        #expect(hints.otherScripts == otherScripts)
    }

    @Test func curlyQuotesDoNotHideAnEnglishReference() {
        #expect(links("We support “Article 24” as drafted.") == ["Article 24 -> art_24"])
    }

    @Test(arguments: [
        ("Nothing to cite here.", false), ("Le chapitre IV", true), ("Статья 24", true), ("المادة 24", true), ("第24条", true),
        ("Réunion du comité", false), ("会议记录", false), ("Заседание", false),
    ])
    func theFastChecksSkipTextWithoutAReference(_ text: String, _ may: Bool) {
        #expect((ReferenceScanner.referenceHint(Array(text.utf8)) != .none) == may)
    }

    /// Text made of pieces of every grammar, cut anywhere (inside a multi-byte character too),
    /// never traps and gives matches inside the text, in order, each link inside its match.
    @Test func fragmentsOfEveryLanguageNeverTrapAndStayInBounds() {
        let pieces = [
            "article", "l'article", "l’", "artículo", "статья", "статьи", "пункт", "подпункт", "المادة", "الفقرة", "الفقرة الفرعية", "الفصل", "الرابع",
            "第", "条", "款", "项", "章", "至", "和", "、", "二十四", "24", "٢٤", "２４", "(", ")", "（", "）", "(ب)", "б)", "b)", " ", ",", "،", "و", "-",
            "à", "de", "du", "del", "من", "إلى", "paragraphe", "párrafo", "alinéa", "apartado", "inciso", "序言", "段", "。", "؛ ", "\n", "premier", "bis", "مكررا",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(12)) { bytes += Array(pieces[next(pieces.count)].utf8) }
            if next(3) == 0, !bytes.isEmpty { bytes.removeLast(next(min(3, bytes.count))) }
            let matches = scanner.scan(bytes: bytes)
            var previousEnd = 0
            for match in matches {
                #expect(match.start >= previousEnd && match.start < match.end && match.end <= bytes.count)
                #expect(match.links.allSatisfy { $0.start >= match.start && $0.start < $0.end && $0.end <= match.end })
                previousEnd = match.end
            }
        }
    }
}
