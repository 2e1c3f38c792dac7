import Testing
@testable import Structure

/// The headings that structure a draft, split into number and title.
@Suite struct HeadingPatternTests {
    typealias Numbered = HeadingPattern.Numbered

    @Test(arguments: ["Preamble", " preamble ", "PREAMBLE:", "Preamble."])
    func thePreambleHeadingInAnyCase(_ text: String) {
        #expect(HeadingPattern.isPreamble(text))
    }

    @Test(arguments: ["Preambular paragraphs", "The preamble", "Preamble I"])
    func otherHeadingsAreNotThePreamble(_ text: String) {
        #expect(!HeadingPattern.isPreamble(text))
    }

    @Test(arguments: [
        ("Article 24", "24", nil),
        ("Article 24. Conditions and safeguards", "24", "Conditions and safeguards"),
        ("Article 24: Conditions", "24", "Conditions"),
        ("Article 24 - Conditions", "24", "Conditions"),
        ("Article 24 – Conditions", "24", "Conditions"),
        ("Article 24 — Conditions", "24", "Conditions"),
        ("Article 36 (Protection of personal data)", "36", "Protection of personal data"),
        ("Article 4 bis. Scope", "4 bis", "Scope"),
        ("Article 4 Quater", "4 quater", nil),
        ("Article 4A. Scope", "4A", "Scope"),
        ("Art. 5: Scope", "5", "Scope"),
        ("Art.5", "5", nil),
        ("ARTICLE 7", "7", nil),
        ("Article\u{00A0}3", "3", nil),
        ("  Article 12.  ", "12", nil),
        ("Article 4 terrible", "4", "terrible"),
    ] as [(String, String, String?)])
    func articleHeadingsGiveTheirNumberAndTitle(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.article(text) == Numbered(number: number, title: title))
    }

    @Test(arguments: ["Articles 6 to 16", "Article", "Article X", "Articulated text", "Part 4", "The Article 4"])
    func otherHeadingsAreNotArticles(_ text: String) {
        #expect(HeadingPattern.article(text) == nil)
    }

    @Test(arguments: [
        ("Chapter IV. Procedural measures", "IV", "Procedural measures"),
        ("CHAPTER II - Criminalization", "II", "Criminalization"),
        ("Chapter 4", "4", nil),
        ("Chapter IV: General", "IV", "General"),
    ] as [(String, String, String?)])
    func chapterHeadingsNeedANumber(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.chapter(text) == Numbered(number: number, title: title))
    }

    @Test(arguments: ["Chapter", "Chapter one", "Chapters I to IV", "Chapter IVa"])
    func chaptersWithoutANumberAreNotChapters(_ text: String) {
        #expect(HeadingPattern.chapter(text) == nil)
    }

    @Test(arguments: [
        ("Annex I. Forms", "I", "Forms"),
        ("Annex II", "II", nil),
        ("Annex", "", nil),
        ("annex", "", nil),
        ("Annex (Model forms)", "", "Model forms"),
    ] as [(String, String, String?)])
    func annexHeadingsMayHaveNoNumber(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.annex(text) == Numbered(number: number, title: title))
    }

    @Test func otherHeadingsAreNotAnnexes() {
        #expect(HeadingPattern.annex("Annexes") == nil)
        #expect(HeadingPattern.annex("Final clauses") == nil)
    }

    // MARK: Other languages

    @Test(arguments: ["Préambule", "PRÉAMBULE", "Preámbulo", "Преамбула", "الديباجة", "序言", "Preambulo."])
    func thePreambleInEachLanguage(_ text: String) {
        #expect(HeadingPattern.isPreamble(text))
    }

    @Test(arguments: [
        ("Article 24. Conditions et garanties", "24", "Conditions et garanties"),
        ("Article premier. Objet", "1", "Objet"),
        ("Article 1er - Objet", "1", "Objet"),
        ("Artículo 24. Condiciones y salvaguardias", "24", "Condiciones y salvaguardias"),
        ("Artículo primero", "1", nil),
        ("Articulo 4 bis", "4 bis", nil),
        ("Статья 24. Условия и гарантии", "24", "Условия и гарантии"),
        ("СТАТЬЯ 5", "5", nil),
        ("Статья 19 бис", "19 bis", nil),
        ("Статья 19 бис. Распространение изображений", "19 bis", "Распространение изображений"),
        ("Статья 19-бис", "19 bis", nil),
        ("Статья 15 тер", "15 ter", nil),
        ("Статья 19 bis", "19 bis", nil),
        ("Article 19-bis", "19 bis", nil),
        ("Artículo 19 bis. Difusión", "19 bis", "Difusión"),
        ("المادة 24", "24", nil),
        ("المادة ٢٤", "24", nil),
        ("المادة ٢٤ - الشروط والضمانات", "24", "الشروط والضمانات"),
        ("المادة الأولى: بيان الأغراض", "1", "بيان الأغراض"),
        ("المادة 4 مكررا", "4 bis", nil),
        ("第24条", "24", nil),
        ("第二十四条 条件和保障", "24", "条件和保障"),
        ("第一百零五条", "105", nil),
        ("第十条：定义", "10", "定义"),
        ("第十九条之二 未经同意传播私密图像", "19 bis", "未经同意传播私密图像"),
        ("第4条之三", "4 ter", nil),
    ] as [(String, String, String?)])
    func articleHeadingsInEachLanguage(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.article(text) == Numbered(number: number, title: title))
    }

    @Test(arguments: ["条件和保障", "第二次会议", "Articles 6 à 16", "Artículos 6 a 16", "Article un", "المواد 6", "المادةالأولى", "第条", "Статьями 5", "Статьи 6-16", "مادة 5"])
    func otherHeadingsInEachLanguageAreNotArticles(_ text: String) {
        #expect(HeadingPattern.article(text) == nil)
    }

    @Test(arguments: [
        ("Chapitre IV. Mesures procédurales", "IV", "Mesures procédurales"),
        ("Chapitre premier. Dispositions générales", "I", "Dispositions générales"),
        ("Capítulo IV", "IV", nil),
        ("Глава IV. Процессуальные меры", "IV", "Процессуальные меры"),
        ("الفصل الرابع", "IV", nil),
        ("الفصل الأول - أحكام عامة", "I", "أحكام عامة"),
        ("الفصل الحادي عشر", "XI", nil),
        ("الفصل العاشر", "X", nil),
        ("الفصل ٤", "4", nil),
        ("第四章 程序措施", "IV", "程序措施"),
        ("第十一章", "XI", nil),
        ("第4章", "4", nil),
    ] as [(String, String, String?)])
    func chapterHeadingsInEachLanguage(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.chapter(text) == Numbered(number: number, title: title))
    }

    @Test(arguments: ["Chapitre", "الفصل", "第四条", "章程", "Главы IV", "الفصلان الرابع والخامس", "Chapitres I à IV"])
    func otherHeadingsInEachLanguageAreNotChapters(_ text: String) {
        #expect(HeadingPattern.chapter(text) == nil)
    }

    @Test(arguments: [
        ("Annexe I", "I", nil),
        ("Anexo II. Formularios", "II", "Formularios"),
        ("Приложение I", "I", nil),
        ("المرفق الأول", "I", nil),
        ("المرفق الثاني: النماذج", "II", "النماذج"),
        ("附件一", "I", nil),
        ("附件二 表格", "II", "表格"),
        ("附件", "", nil),
        ("Annexe", "", nil),
    ] as [(String, String, String?)])
    func annexHeadingsInEachLanguage(_ text: String, _ number: String, _ title: String?) {
        #expect(HeadingPattern.annex(text) == Numbered(number: number, title: title))
    }
}
