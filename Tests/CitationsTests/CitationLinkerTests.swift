import Diagnostics
import Markdown
import Structure
import Testing
@testable import Citations

@Suite struct CitationLinkerTests {
    static let draftText: DraftText = {
        var log = DiagnosticLog()
        let markdown = """
        # Preamble
        The States Parties,

        Noting the Charter,

        # Chapter I. General
        ## Article 1
        ## Article 2
        1. One.
        2. Two:
           (a) a;
           (b) b.
        ## Article 3
        # Chapter IV. Procedures
        ## Article 24
        1. Safeguards.
        2. Conditions.
        """
        return DraftParser(path: "content/drafts/zero.md").parse(MarkdownParser().parse(markdown), log: &log)
    }()

    let draft = DraftAnchors(draftID: "zero", title: "Zero draft", path: "content/drafts/zero.md", text: draftText)
    let scanner = ReferenceScanner(externalInstruments: ["Budapest Convention", "UNTOC"])

    func link(_ markdown: String) -> (html: String, citations: [CitedPassage], diagnostics: [String]) {
        var log = DiagnosticLog()
        let linker = CitationLinker(scanner: scanner, draft: draft, drafts: ["zero": draft], documentID: "pos", path: "content/positions/pos.md")
        let (document, citations) = linker.link(AnchoredDocument(MarkdownParser().parse(markdown, firstLine: 5)), log: &log)
        var renderer = HTMLRenderer(options: .init(linkRoot: "../../"))
        return (renderer.render(document.document), citations, log.sorted.map(\.description))
    }

    @Test func linksToTheDeepestAnchorThatExists() {
        let result = link("We support Article 2(2)(b) and Article 24(2).")
        #expect(result.html.contains("<a href=\"../../drafts/zero/index.html#art_2__para_2__point_b\" class=\"ref\" title=\"Zero draft, art. 2(2)(b)\">Article 2(2)(b)</a>"))
        #expect(result.html.contains("href=\"../../drafts/zero/index.html#art_24__para_2\""))
        #expect(result.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("Nous appuyons l'alinéa b) du paragraphe 2 de l'article 2.", "l'alinéa b) du paragraphe 2 de l'article 2"),
        ("Apoyamos el artículo 2, párrafo 2, apartado b).", "artículo 2, párrafo 2, apartado b)"),
        ("Мы поддерживаем подпункт b пункта 2 статьи 2.", "подпункт b пункта 2 статьи 2"),
        ("نؤيد الفقرة الفرعية (ب) من الفقرة 2 من المادة 2.", "الفقرة الفرعية (ب) من الفقرة 2 من المادة 2"),
        ("我们支持第二条第二款第(二)项。", "第二条第二款第(二)项"),
    ])
    func aPositionInEachLanguageLinksToTheSameAnchor(_ markdown: String, _ reference: String) {
        let result = link(markdown)
        #expect(result.html.contains("<a href=\"../../drafts/zero/index.html#art_2__para_2__point_b\" class=\"ref\" title=\"Zero draft, art. 2(2)(b)\">\(HTMLEscaping.escape(reference))</a>"), "\(result.html)")
        #expect(result.diagnostics.isEmpty)
        #expect(result.citations.flatMap(\.anchors).map(\.id) == ["art_2__para_2__point_b"])
    }

    @Test func aMissingParagraphLinksToItsArticleWithAWarning() {
        let result = link("Article 24(5)(c) should go.")
        #expect(result.html.contains("href=\"../../drafts/zero/index.html#art_24\""))
        #expect(result.diagnostics == ["content/positions/pos.md:5: warning: 'Article 24(5)(c)': Zero draft has no art_24__para_5__point_c in its text; linked to art_24, the deepest part it has (if the document uses another draft's numbering, set 'draft:' to that draft)"])
    }

    @Test func anUnknownArticleIsAnErrorWithFileAndLine() {
        let result = link("First line.\nArticle 99 is new.")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].hasPrefix("content/positions/pos.md:6: error: 'Article 99': Article 99 is not in Zero draft"))
        #expect(!result.html.contains("class=\"ref\""))
    }

    @Test func referencesToOtherInstrumentsAreNotLinked() {
        let result = link("Article 2 of the Budapest Convention and, under the UNTOC, Article 3 differ.")
        #expect(!result.html.contains("class=\"ref\""))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func authorsCanForceAndSuppressLinks() {
        let result = link("[the safeguards](../drafts/zero.md#art_24__para_1) and [Article 1](nolink:) of another text.")
        #expect(result.html.contains("<a href=\"../../drafts/zero/index.html#art_24__para_1\" class=\"ref\" title=\"Zero draft\">the safeguards</a>"))
        #expect(result.html.contains(" and <span class=\"no-ref\">Article 1</span> of another text."))
        #expect(result.citations.map { $0.anchors.map(\.id) } == [["art_24__para_1"]])
    }

    @Test func aForcedLinkToAMissingAnchorIsAnError() {
        let result = link("[x](../drafts/zero.md#art_77)")
        #expect(result.diagnostics == ["content/positions/pos.md:5: error: link 'x' points at #art_77, which Zero draft does not have"])
    }

    @Test func codeSpansAndAuthorLinksAreLeftAlone() {
        let result = link("`Article 1` and [Article 2](https://example.org) but Article 3.")
        #expect(result.html.contains("<code>Article 1</code>"))
        #expect(result.html.contains("<a href=\"https://example.org\">Article 2</a>"))
        #expect(result.html.contains("#art_3\""))
    }

    @Test func rangesCiteEveryArticleInThemAndLinkBothEnds() {
        let result = link("Articles 1 to 3 apply.")
        #expect(result.citations.first?.articles.map(\.id) == ["art_1", "art_2", "art_3"])
        #expect(result.html.contains(">Articles 1</a> to <a "))
        #expect(result.html.contains(">3</a> apply."))
    }

    @Test func citationsKnowTheirPassageAndSentence() {
        let result = link("Intro.\n\nWe welcome it. Chapter IV needs Article 24, in full. End.")
        let citation = result.citations.first
        #expect(citation?.passageAnchor == .passage(2))
        #expect(citation?.sentence == "Chapter IV needs Article 24, in full.")
        #expect(result.citations.flatMap(\.anchors).map(\.id) == ["chp_IV", "art_24"])
    }

    @Test func referencesInEmphasisAndAcrossLineBreaksLink() {
        let result = link("We recommend removing *Article 1*. See Article\n24.")
        #expect(result.html.contains("<em><a href=\"../../drafts/zero/index.html#art_1\""))
        #expect(result.html.contains("#art_24\" class=\"ref\" title=\"Zero draft, art. 24\">Article\n24</a>"))
    }
}

@Suite struct CitationLinkerInstrumentHintTests {
    @Test func anUnknownInstrumentsArticleErrorShowsExternalInstrumentsYAML() {
        let bytes = Array("Article 9 of the Basel Convention, on transit".utf8)
        let fix = CitationLinker.missingArticleFix(referenceText: "Article 9", after: 9, in: bytes)
        #expect(fix.contains("if it cites the Basel Convention, add the instrument to content/site.yml ('external_instruments: [\"Basel Convention\"]'"))
        #expect(fix.contains("[Article 9](nolink:)"))
    }

    @Test(arguments: [
        ("of the Basel Convention, which", "Basel Convention"),
        ("of the Convention on the Rights of the Child.", "Convention on the Rights of the Child"),
        ("of UNCLOS", "UNCLOS"),
        ("of this draft", nil),
        (", paragraph 2", nil),
    ] as [(String, String?)])
    func theInstrumentIsTheCapitalisedNameAfterOf(_ after: String, _ name: String?) {
        #expect(CitationLinker.instrumentNamed(after: 0, in: Array(" \(after)".utf8)) == name)
    }
}
