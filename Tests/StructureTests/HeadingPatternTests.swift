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
}
