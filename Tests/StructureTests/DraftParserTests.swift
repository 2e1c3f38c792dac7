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
}
