import Diagnostics
import Markdown
import Testing
@testable import Structure

/// A translation of a draft must hold exactly its provisions; each difference is an error at
/// the translation's line naming the anchor.
@Suite struct TranslationAlignmentTests {
    static let original = """
    # Preamble
    The States Parties to this Convention,
    Noting one,

    Noting two,
    # Chapter IV. Procedural measures
    ## Article 24. Conditions and safeguards
    1. Each State Party shall ensure.
    2. Such conditions shall:
       (a) first;
       (b) second.
    ## Article 25. Expedited preservation
    1. Each State Party shall adopt.
    """

    func draft(_ markdown: String, path: String) -> DraftText {
        var log = DiagnosticLog()
        return DraftParser(path: path).parse(MarkdownParser().parse(markdown), log: &log)
    }

    func check(_ translation: String, language: String = "fr") -> [String] {
        TranslationAlignment.check(
            original: draft(Self.original, path: "content/drafts/d.md"), translation: draft(translation, path: "content/drafts/d.fr.md"),
            path: "content/drafts/d.fr.md", language: language, originalPath: "content/drafts/d.md"
        ).map(\.description)
    }

    static let french = """
    # Préambule
    Les États Parties à la présente Convention,
    Notant un,

    Notant deux,
    # Chapitre IV. Mesures procédurales
    ## Article 24. Conditions et garanties
    1. Chaque État Partie veille.
    2. Ces conditions:
       a) premier;
       b) deuxième.
    ## Article 25. Conservation rapide
    1. Chaque État Partie adopte.
    """

    @Test func anAlignedTranslationHasNoDiagnostics() {
        #expect(check(Self.french) == [])
    }

    @Test func theOriginalAgainstItselfAligns() {
        let text = draft(Self.original, path: "d.md")
        #expect(TranslationAlignment.check(original: text, translation: text, path: "d.md", language: "en").isEmpty)
    }

    @Test func aMissingArticleIsReportedOnceAfterTheProvisionBeforeIt() {
        let translation = Self.french.components(separatedBy: "## Article 25")[0]
        #expect(check(translation) == [
            "content/drafts/d.fr.md:11: error: the French translation lacks art_25 (art. 25), which the original (content/drafts/d.md) has: "
                + "translate it after art_24__para_2__point_b, or remove it from the original, so every anchor exists in every language",
        ])
    }

    @Test func anExtraParagraphIsReportedAtItsLine() {
        let translation = Self.french + "\n2. Un paragraphe de trop.\n"
        #expect(check(translation) == [
            "content/drafts/d.fr.md:14: error: the French translation has art_25__para_2 (art. 25(2)), which the original (content/drafts/d.md) lacks: "
                + "remove it, correct its number or label, or add it to the original, so every anchor exists in every language",
        ])
    }

    @Test func aMissingPointIsReportedAfterThePointBeforeIt() {
        let translation = Self.french.replacingOccurrences(of: "   b) deuxième.\n", with: "")
        #expect(check(translation) == [
            "content/drafts/d.fr.md:10: error: the French translation lacks art_24__para_2__point_b (art. 24(2)(b)), which the original (content/drafts/d.md) has: "
                + "translate it after art_24__para_2__point_a, or remove it from the original, so every anchor exists in every language",
        ])
    }

    @Test func aRelabelledPointIsOneErrorNamingBothLabels() {
        let translation = Self.french.replacingOccurrences(of: "   b) deuxième.", with: "   c) deuxième.")
        #expect(check(translation) == [
            "content/drafts/d.fr.md:11: error: the French translation has art_24__para_2__point_c (art. 24(2)(c)) where the original (content/drafts/d.md) has "
                + "art_24__para_2__point_b (art. 24(2)(b)): label it as the original does, so both languages give it the same anchor",
        ])
    }

    @Test func aMissingRecitalThatContentCannotTellIsReportedAtThePreambleWithBothCounts() {
        let translation = Self.french.replacingOccurrences(of: "Notant un,\n\n", with: "")
        #expect(check(translation) == [
            "content/drafts/d.fr.md:1: error: the French translation has 1 preambular paragraph where the original (content/drafts/d.md) has 2: "
                + "it lacks one of the original's, most likely preamble__rec_1 (\"Noting one,\") or preamble__rec_2 (\"Noting two,\"), "
                + "but their content does not tell which for sure; compare the recitals one by one and translate or remove the one that differs, "
                + "so every recital after it keeps the anchor of the original",
        ])
    }

    static let longPreamble = """
    # Preamble
    The States Parties to this Convention,
    Recalling General Assembly resolution 74/247 of 27 December 2019,

    Noting with deep concern the increasing rate and diversity of offences committed by means of information systems,

    Convinced of the need to pursue, as a matter of priority, a common criminal policy,

    Recognizing the importance of international cooperation, as reaffirmed in resolution 75/282 of 26 May 2021,

    Determined to deter such offences,
    ## Article 1. Purpose
    """

    static let longPreambleFrench = [
        "# Préambule", "Les États Parties à la présente Convention,",
        "Rappelant la résolution 74/247 de l'Assemblée générale en date du 27 décembre 2019,", "",
        "Notant avec une vive préoccupation l'augmentation du rythme et de la diversité des infractions commises au moyen de systèmes d'information,", "",
        "Convaincus de la nécessité de mener, en priorité, une politique pénale commune,", "",
        "Reconnaissant l'importance de la coopération internationale, réaffirmée dans la résolution 75/282 du 26 mai 2021,", "",
        "Déterminés à prévenir de telles infractions,", "## Article premier. Objet",
    ]

    func checkPreamble(_ lines: [String]) -> [String] {
        TranslationAlignment.check(
            original: draft(Self.longPreamble, path: "d.md"), translation: draft(lines.joined(separator: "\n"), path: "d.fr.md"), path: "d.fr.md", language: "fr"
        ).map(\.description)
    }

    @Test func theLongPreambleTranslationAligns() {
        #expect(checkPreamble(Self.longPreambleFrench) == [])
    }

    /// A recital missing in the middle is reported where it is missing, found by content
    /// (lengths and numbers), at the line of the recital that now takes its anchor.
    @Test(arguments: [(2, 1, 3), (4, 2, 5), (6, 3, 7), (8, 4, 9)])
    func aRecitalMissingInTheMiddleIsReportedWhereItIsMissing(_ lineIndex: Int, _ recital: Int, _ reportedLine: Int) {
        var lines = Self.longPreambleFrench
        lines.removeSubrange(lineIndex...(lineIndex + 1))
        let diagnostics = checkPreamble(lines)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let expected = "d.fr.md:\(reportedLine): error: the French translation has 4 preambular paragraphs where the original has 5: judging by their content it lacks preamble__rec_\(recital)"
        #expect(diagnostics.first?.hasPrefix(expected) == true, "\(diagnostics)")
    }

    @Test func aRecitalMissingAtTheEndIsReportedAfterTheLastOne() {
        var lines = Self.longPreambleFrench
        lines.removeSubrange(9...10)
        #expect(checkPreamble(lines).first?.hasPrefix(
            "d.fr.md:9: error: the French translation has 4 preambular paragraphs where the original has 5: judging by their content it lacks preamble__rec_5 (\"Determined to deter such offences,\"), "
                + "which belongs after this paragraph, at the end of the preamble"
        ) == true)
    }

    @Test func anExtraRecitalInTheMiddleIsReportedAtItsLine() {
        var lines = Self.longPreambleFrench
        lines.insert(contentsOf: ["Soulignant un point qui ne figure pas dans l'original et qui est plutôt long, pour la forme,", ""], at: 4)
        let diagnostics = checkPreamble(lines)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.hasPrefix("d.fr.md:5: error: the French translation has 6 preambular paragraphs where the original has 5: judging by their content this paragraph (preamble__rec_2 here") == true, "\(diagnostics)")
    }

    /// Sub-points numbered as Chinese (`1.` under `(一)`) and Arabic (`(1)`, `’1‘` under
    /// `(أ)`) texts number them align with the English `(i)`, `(ii)`.
    @Test(arguments: [
        ("zh", "## 第五条\n一、各缔约国应：\n(一)促进：\n1. 甲；\n2. 乙；\n(二)加强。\n"),
        ("zh", "## 第五条\n一、各缔约国应：\n(一)\"促进\"：\n1.甲；\n2.乙；\n(二)“加强”。\n"),
        ("ar", "## المادة 5\n1 - تقوم كل دولة طرف:\n(أ) بالتعزيز:\n(1) أول؛\n(2) ثان؛\n(ب) بالدعم.\n"),
        ("ar", "## المادة 5\n1 - تقوم كل دولة طرف:\n(أ)\"بالتعزيز\":\n’1‘ أول؛\n’2‘ ثان؛\n(ب) بالدعم.\n"),
    ])
    func subPointsNumberedInEachLanguageAlignWithTheEnglish(_ language: String, _ translation: String) {
        let english = "## Article 5\n1. Each State Party shall:\n   (a) promote:\n      (i) one;\n      (ii) two;\n   (b) support.\n"
        let diagnostics = TranslationAlignment.check(
            original: draft(english, path: "d.md"), translation: draft(translation, path: "d.\(language).md"), path: "d.\(language).md", language: language
        )
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func aChineseTranslationMissingARecitalNamesItAmongTheLikeliest() {
        let chinese = """
        # 序言
        本公约缔约国，
        回顾大会2019年12月27日第74/247号决议，

        深为关切利用信息和通信技术系统实施的犯罪的发生率和多样性日益增加，

        认识到国际合作的重要性，大会2021年5月26日第75/282号决议重申了这一点，

        决心遏制此类犯罪，
        ## 第一条 目的
        """
        let diagnostics = TranslationAlignment.check(original: draft(Self.longPreamble, path: "d.md"), translation: draft(chinese, path: "d.zh.md"), path: "d.zh.md", language: "zh")
            .map(\.description)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        // Lengths across scripts tell less: the error names the counts and the likeliest two.
        #expect(diagnostics.first?.hasPrefix("d.zh.md:1: error: the Chinese translation has 4 preambular paragraphs where the original has 5: it lacks one of the original's") == true)
        #expect(diagnostics.first?.contains("preamble__rec_3 (\"Convinced of the need") == true, "\(diagnostics)")
    }

    @Test func aMissingChapterAndPreambleAreReportedAtLineOneWhenNothingPrecedesThem() {
        let translation = "## Article 24\n1. x\n2. y\n   a) z\n   b) w\n## Article 25\n1. v\n"
        let diagnostics = check(translation, language: "es")
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].hasPrefix("content/drafts/d.fr.md:1: error: the Spanish translation lacks chp_IV (ch. IV)"))
        #expect(diagnostics[1].hasPrefix("content/drafts/d.fr.md:1: error: the Spanish translation lacks preamble (preamble)"))
        #expect(diagnostics[1].contains("at the start"))
    }

    @Test func arabicAndChineseTranslationsAlignThroughTheirOwnNumbering() {
        let arabic = """
        # الديباجة
        إن الدول الأطراف في هذه الاتفاقية،
        إذ تلاحظ أولا،

        وإذ تلاحظ ثانيا،
        # الفصل الرابع - التدابير الإجرائية
        ## المادة ٢٤ - الشروط والضمانات
        1 - تكفل كل دولة طرف.

        2 - تشمل هذه الشروط:
        (أ) الأول؛
        (ب) الثاني.
        ## المادة 25
        ١. تعتمد كل دولة طرف.
        """
        let chinese = """
        # 序言
        本公约缔约国，
        注意到第一，

        注意到第二，
        # 第四章 程序措施
        ## 第二十四条 条件和保障
        一、各缔约国均应确保。

        二、这些条件应：
        (一)第一；
        (二)第二。
        ## 第二十五条
        一、各缔约国均应采取。
        """
        #expect(check(arabic, language: "ar") == [])
        #expect(check(chinese, language: "zh") == [])
    }
}
