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

    @Test func aMissingRecitalIsReportedAfterTheLastRecital() {
        let translation = Self.french.replacingOccurrences(of: "Notant un,\n\n", with: "")
        #expect(check(translation) == [
            "content/drafts/d.fr.md:3: error: the French translation lacks preamble__rec_2 (preamble, para. 2), which the original (content/drafts/d.md) has: "
                + "translate it after preamble__rec_1, or remove it from the original, so every anchor exists in every language",
        ])
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
