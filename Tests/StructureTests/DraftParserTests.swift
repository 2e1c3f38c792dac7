import Diagnostics
import Markdown
import Testing
@testable import Structure

@Suite struct DraftParserTests {
    func parse(_ markdown: String) -> (DraftText, [Diagnostic]) {
        var log = DiagnosticLog()
        let text = DraftParser(path: "d.md").parse(MarkdownParser().parse(markdown), log: &log)
        return (text, log.sorted)
    }

    @Test func recognisesChaptersArticlesParagraphsAndPoints() {
        let (text, diagnostics) = parse("""
        # Chapter II. Criminalization
        ## Article 6 - Illegal access
        1. Each State Party shall adopt:
           (a) Measures;
           (b) Other measures:
           (i) first;
           (ii) second;
           (c) Further measures.
        3. Paragraph three, as written.
        """)
        #expect(diagnostics.isEmpty)
        #expect(text.anchors.map(\.id) == [
            "chp_II", "art_6", "art_6__para_1", "art_6__para_1__point_a", "art_6__para_1__point_b",
            "art_6__para_1__point_b__point_i", "art_6__para_1__point_b__point_ii", "art_6__para_1__point_c",
            "art_6__para_3",
        ])
        #expect(text.articles.first?.title == "Illegal access")
    }

    @Test func letterIFollowsLetterH() {
        let (text, _) = parse("## Article 2\n1. Terms:\n   (g) g;\n   (h) h;\n   (i) i;\n   (j) j.\n")
        #expect(text.anchors.map(\.id).contains("art_2__para_1__point_i"))
        #expect(text.anchors.map(\.id).contains("art_2__para_1__point_j"))
        #expect(!text.anchors.map(\.id).contains("art_2__para_1__point_h__point_i"))
    }

    @Test func romanPointsWithoutLettersStayAtTopLevel() {
        let (text, _) = parse("## Article 3\n(i) one;\n(ii) two.\n")
        #expect(text.anchors.map(\.id) == ["art_3", "art_3__point_i", "art_3__point_ii"])
    }

    @Test func pointsAsListItemsAndSeparateParagraphs() {
        let (text, _) = parse("## Article 5\nThis applies to:\n\n- (a) first;\n- (b) second.\n\n(c) third.\n")
        #expect(text.anchors.map(\.id) == ["art_5", "art_5__point_a", "art_5__point_b", "art_5__point_c"])
    }

    @Test func articleLevelTextKeepsItsPlaceAroundNumberedParagraphs() {
        let (text, diagnostics) = parse("## Article 7\nIntroductory words.\n\n1. One.\n\n(a) after;\n(b) more.\n")
        #expect(diagnostics.isEmpty)
        let kinds = text.articles[0].content.map { content -> String in
            switch content {
            case .paragraph(let paragraph): "para \(paragraph.number)"
            case .node(.text): "text"
            case .node(.point(let point)): point.anchor.id
            case .node(.block): "block"
            }
        }
        #expect(kinds == ["text", "para 1", "art_7__point_a", "art_7__point_b"])
    }

    @Test func preambleParagraphsAreRecitals() {
        let (text, _) = parse("# Preamble\nWhereas w,\n\n*Noting* x,\n\nRecalling y,\n\n# Chapter I\n## Article 1\n")
        #expect(text.preamble?.recitals.map(\.anchor.id) == ["preamble__rec_1", "preamble__rec_2", "preamble__rec_3"])
    }

    @Test func numberedRecitalsKeepTheirWrittenNumbers() {
        let (text, diagnostics) = parse("# Preamble\n9. Recognizing x,\n10. Mainstreaming y,\n\nNoting z,\n")
        #expect(text.preamble?.recitals.map(\.anchor.id) == ["preamble__rec_9", "preamble__rec_10", "preamble__rec_11"])
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Article 4 bis. Scope", "art_4bis", "4 bis", "Scope"),
        ("Article 24: Conditions and safeguards", "art_24", "24", "Conditions and safeguards"),
        ("Article 36 (Protection of personal data)", "art_36", "36", "Protection of personal data"),
        ("Article 12", "art_12", "12", nil),
        ("Article 7 ter — Title", "art_7ter", "7 ter", "Title"),
    ] as [(String, String, String, String?)])
    func articleHeadings(_ heading: String, _ anchor: String, _ number: String, _ title: String?) {
        let (text, _) = parse("## \(heading)\n")
        #expect(text.articles.first?.anchor.id == anchor)
        #expect(text.articles.first?.number == number)
        #expect(text.articles.first?.title == title)
    }

    @Test func annexesAndUnnumberedChaptersOfOtherKinds() {
        let (text, diagnostics) = parse("# Annex I. Forms\ntext\n# Annex II\n# Final clauses\n")
        #expect(text.parts.compactMap(\.anchor?.id) == ["annex_I", "annex_II"])
        #expect(diagnostics.map(\.description) == [
            "d.md:4: warning: level-1 heading 'Final clauses' is not 'Preamble', 'Chapter <number>' or 'Annex <number>'; it gets no anchor",
        ])
    }

    @Test func duplicatesAreErrorsWithTheirLines() {
        let (_, diagnostics) = parse("## Article 1\n1. a\n1. b\n## Article 2\n(a) x\n(a) y\n## Article 1\n")
        let lines = diagnostics.map(\.description)
        #expect(lines.contains("d.md:3: error: Article 1 has paragraph 1 twice; paragraph numbers must be unique within an article"))
        #expect(lines.contains("d.md:6: error: Article 2 has point (a) twice; point labels must be unique"))
        #expect(lines.contains("d.md:7: error: duplicate article: Article 1 is already on line 1; renumber one of them (or mark it 'bis')"))
    }

    @Test func anchorsOfAnArticleDoNotDependOnOtherArticles() {
        let base = "## Article 1\n1. one\n   (a) a\n## Article 2\n1. two\n"
        let edited = "## Article 1\n1. one, reworded at length\n   (a) a, reworded\n2. a new paragraph\n## Article 2\n1. two\n"
        let before = parse(base).0.anchors.map(\.id).filter { $0.hasPrefix("art_2") }
        let after = parse(edited).0.anchors.map(\.id).filter { $0.hasPrefix("art_2") }
        #expect(before == after)
    }

    // MARK: Other languages

    /// The anchors an English draft of the same shape has.
    static let alignedAnchors = [
        "preamble", "preamble__rec_1", "preamble__rec_2", "chp_IV", "art_1", "art_24", "art_24__para_1", "art_24__para_2",
        "art_24__para_2__point_a", "art_24__para_2__point_b", "art_24__para_2__point_b__point_i", "art_24__para_2__point_b__point_ii",
        "annex_I",
    ]

    @Test(arguments: [
        ("en", """
        # Preamble
        The States Parties to this Convention,
        Noting one,

        Noting two,
        # Chapter IV. Procedural measures
        ## Article 1. Purpose
        ## Article 24. Conditions and safeguards
        1. Each State Party shall ensure.
        2. Such conditions shall:
           (a) first;
           (b) second:
           (i) one;
           (ii) two.
        # Annex I
        """),
        ("fr", """
        # Préambule
        Les États Parties à la présente Convention,
        Notant un,

        Notant deux,
        # Chapitre IV. Mesures procédurales
        ## Article premier. Objet
        ## Article 24. Conditions et garanties
        1. Chaque État Partie veille.
        2. Ces conditions:
           a) premier;
           b) deuxième:
           i) un;
           ii) deux.
        # Annexe I
        """),
        ("es", """
        # Preámbulo
        Los Estados Partes en la presente Convención,
        Observando uno,

        Observando dos,
        # Capítulo IV. Medidas procesales
        ## Artículo 1. Finalidad
        ## Artículo 24. Condiciones y salvaguardias
        1. Cada Estado parte velará.
        2. Esas condiciones:
           a) primero;
           b) segundo:
           i) uno;
           ii) dos.
        # Anexo I
        """),
        ("ru", """
        # Преамбула
        Государства — участники настоящей Конвенции,
        Отмечая первое,

        Отмечая второе,
        # Глава IV. Процессуальные меры
        ## Статья 1. Цели
        ## Статья 24. Условия и гарантии
        1. Каждое Государство-участник обеспечивает.
        2. Такие условия:
           а) первое;
           б) второе:
           i) одно;
           ii) два.
        # Приложение I
        """),
        ("ar", """
        # الديباجة
        إن الدول الأطراف في هذه الاتفاقية،
        إذ تلاحظ أولا،

        وإذ تلاحظ ثانيا،
        # الفصل الرابع - التدابير الإجرائية
        ## المادة 1 - بيان الأغراض
        ## المادة ٢٤ - الشروط والضمانات
        1 - تكفل كل دولة طرف.

        2 - تشمل هذه الشروط:
        (أ) الأول؛
        (ب) الثاني:
        (i) واحد؛
        (ii) اثنان.
        # المرفق الأول
        """),
        ("zh", """
        # 序言
        本公约缔约国，
        注意到第一，

        注意到第二，
        # 第四章 程序措施
        ## 第一条 目的
        ## 第二十四条 条件和保障
        一、各缔约国均应确保。

        二、这些条件应：
        (一)第一；
        (二)第二：
        (i) 一；
        (ii) 二。
        # 附件一
        """),
    ])
    func translatedDraftsHaveTheAnchorsOfTheEnglish(_ language: String, _ markdown: String) {
        let (text, diagnostics) = parse(markdown)
        #expect(diagnostics.isEmpty, "\(language): \(diagnostics)")
        #expect(text.anchors.map(\.id) == Self.alignedAnchors, "\(language)")
    }

    @Test func arabicPointsOnTheirOwnLinesBelongToTheNumberedParagraphBeforeThem() {
        let (text, _) = parse("## المادة 5\n١. نص\n(أ) أول\n(ب) ثان\n\n٢. نص\n\n(أ) أول\n")
        #expect(text.anchors.map(\.id) == ["art_5", "art_5__para_1", "art_5__para_1__point_a", "art_5__para_1__point_b", "art_5__para_2", "art_5__para_2__point_a"])
    }

    @Test func arabicSubPointsInTurnedQuotesNestUnderTheirLetter() {
        let (text, _) = parse("## المادة 2\n1 - نص:\n(أ) أول:\n’1‘ واحد؛\n’2‘ اثنان؛\n(ب) ثان.\n")
        #expect(text.anchors.map(\.id) == [
            "art_2", "art_2__para_1", "art_2__para_1__point_a", "art_2__para_1__point_a__point_i", "art_2__para_1__point_a__point_ii", "art_2__para_1__point_b",
        ])
    }

    /// A definition's term in quotes straight after its label is still a point, in every
    /// language (otherwise the translation misses the point and fails alignment).
    @Test(arguments: [
        "## 第二条 术语\n一、就本公约而言：\n(一)\"数据\"系指甲；\n(二)“服务”系指乙。\n",
        "## 第二条 术语\n一、就本公约而言：\n（一）「数据」系指甲；\n（二）『服务』系指乙。\n",
        "## Article 2\n1. For the purposes of this Convention:\n   (a)“data” means one;\n   (b)\"service\" means two.\n",
        "## Article 2\n1. Aux fins de la présente Convention :\n   a)«données» désigne un ;\n   b)«service» désigne deux.\n",
        "## Статья 2\n1. Для целей настоящей Конвенции:\n   а)«данные» означает одно;\n   б)\"услуга\" означает другое.\n",
        "## المادة 2\n1 - لأغراض هذه الاتفاقية:\n(أ)\"البيانات\" تعني أمرا؛\n(ب)“الخدمة” تعني آخر.\n",
    ])
    func aPointWhoseTextOpensWithAQuotationIsAPoint(_ markdown: String) {
        let (text, diagnostics) = parse(markdown)
        #expect(diagnostics.isEmpty)
        #expect(text.anchors.map(\.id) == ["art_2", "art_2__para_1", "art_2__para_1__point_a", "art_2__para_1__point_b"])
    }

    /// UN Chinese texts number 一、 paragraphs, (一) points and 1. sub-points; Arabic texts
    /// number sub-points `’1‘` or `(1)` under a letter point, in either digits: both are the
    /// roman `(i)`, `(ii)` of the English, written as a list or as lines of text.
    @Test(arguments: [
        ("## 第五条\n一、各缔约国应：\n(一)促进：\n1. 甲；\n2. 乙；\n(二)加强。\n", 5),
        ("## 第五条\n一、各缔约国应：\n(一)促进：\n1.甲；\n2.乙；\n(二)加强。\n", 5),
        ("## 第五条\n一、各缔约国应：\n(一)促进：\n1．甲；\n2．乙；\n\n(二)加强。\n", 5),
        ("## 第五条\n一、各缔约国应：\n\n(一)促进：\n\n1. 甲；\n2. 乙；\n\n(二)加强。\n", 5),
        ("## 第五条\n一、各缔约国应：\n（一）促进：\n(1)甲；\n（2）乙；\n（二）加强。\n", 5),
        ("## المادة 2\n1 - نص:\n(أ) أول:\n(1) واحد؛\n(2) اثنان؛\n(ب) ثان.\n", 2),
        ("## المادة 2\n1 - نص:\n(أ) أول:\n(١) واحد؛\n(٢) اثنان؛\n(ب) ثان.\n", 2),
        ("## المادة 2\n1 - نص:\n(أ) أول:\n’1‘ واحد؛\n’2‘ اثنان؛\n(ب) ثان.\n", 2),
        ("## المادة 2\n1 - نص:\n\n(أ) أول:\n\n(1) واحد؛\n\n(2) اثنان؛\n\n(ب) ثان.\n", 2),
    ] as [(String, Int)])
    func chineseAndArabicSubPointsAreRomanSubPointsOfTheirLetter(_ markdown: String, _ article: Int) {
        let (text, diagnostics) = parse(markdown)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let paragraph = "art_\(article)__para_1"
        #expect(text.anchors.map(\.id) == [
            "art_\(article)", paragraph, paragraph + "__point_a", paragraph + "__point_a__point_i", paragraph + "__point_a__point_ii", paragraph + "__point_b",
        ])
    }

    @Test func chineseSubPointsUnderTheEighthPointStayUnderIt() {
        // (八) is `h`, (九) is `i`: the sub-point 1. under (八) is (h)(i), not the point (i).
        let points = ["一", "二", "三", "四", "五", "六", "七", "八"].map { "(\($0))项；" }.joined(separator: "\n")
        let (text, diagnostics) = parse("## 第五条\n一、各缔约国应：\n\(points)\n1.甲；\n(九)乙。\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(text.anchors.map(\.id).suffix(3) == ["art_5__para_1__point_h", "art_5__para_1__point_h__point_i", "art_5__para_1__point_i"])
    }

    @Test func aParenthesisedNumberUnderALatinPointStaysText() {
        let (text, _) = parse("## Article 2\n1. Text:\n   (a) first:\n   (1) not a label;\n   (b) second.\n")
        #expect(text.anchors.map(\.id) == ["art_2", "art_2__para_1", "art_2__para_1__point_a", "art_2__para_1__point_b"])
    }

    @Test func aParagraphNumberWrittenTwiceInTextIsAnError() {
        let (_, diagnostics) = parse("## Статья 3\n1 - один\n\n1 - снова\n")
        #expect(diagnostics.map(\.description) == ["d.md:4: error: Article 3 has paragraph 1 twice; paragraph numbers must be unique within an article"])
    }
}
