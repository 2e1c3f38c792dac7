import Addressing
import Diagnostics
import Markdown
import Structure
import Testing
@testable import Citations

/// References resolved against the anchors of one draft.
@Suite struct DraftAnchorsTests {
    /// Preamble; Chapter I: Articles 1, 2 (paragraphs 1, 2 with points a, b), 3; Chapter IV: Article 24 (1, 2).
    let draft = DraftAnchors(draftID: "zero", title: "Zero draft", path: "content/drafts/zero.md", text: CitationLinkerTests.draftText)

    /// A draft without a preamble.
    static let articlesOnly: DraftAnchors = {
        var log = DiagnosticLog()
        let text = DraftParser(path: "content/drafts/bare.md").parse(MarkdownParser().parse("## Article 1\n## Article 4 bis\n1. One.\n"), log: &log)
        return DraftAnchors(draftID: "bare", title: "Bare draft", path: "content/drafts/bare.md", text: text)
    }()

    static func article(_ number: String, _ paragraph: String? = nil, _ points: String...) -> ReferenceTarget {
        ReferenceTarget(kind: .article, number: number, paragraph: paragraph, points: points)
    }

    @Test func anAnchorTheDraftHasResolvesExactly() {
        #expect(draft.resolve(Self.article("2", "2", "b")) == .exact(.article("2").paragraph("2")!.point("b")!))
        #expect(draft.resolve(Self.article("24")) == .exact(.article("24")))
        #expect(draft.resolve(ReferenceTarget(kind: .chapter, number: "iv")) == .exact(.chapter("IV")))
        #expect(draft.resolve(ReferenceTarget(kind: .recital, number: "1")) == .exact(.recital(1)))
        #expect(Self.articlesOnly.resolve(Self.article("4 bis", "1")) == .exact(.article("4bis").paragraph("1")!))
    }

    @Test func aMissingParagraphOrPointResolvesToTheDeepestPartThatExists() {
        let missing = Self.article("24", "5", "c")
        #expect(draft.resolve(missing) == .ancestor(.article("24"), missing: missing.anchor!))
        let point = Self.article("2", "2", "z")
        #expect(draft.resolve(point) == .ancestor(.article("2").paragraph("2")!, missing: point.anchor!))
        let subpoint = Self.article("2", "2", "b", "iii")
        #expect(draft.resolve(subpoint) == .ancestor(.article("2").paragraph("2")!.point("b")!, missing: subpoint.anchor!))
    }

    @Test func aRecitalTheTextLacksResolvesToThePreambleWhenThereIsOne() {
        let recital = ReferenceTarget(kind: .recital, number: "9")
        #expect(draft.resolve(recital) == .ancestor(.preamble, missing: .recital(9)))
        #expect(Self.articlesOnly.resolve(recital) == .missing)
    }

    @Test func anArticleOrChapterTheDraftLacksIsMissing() {
        #expect(draft.resolve(Self.article("99")) == .missing)
        #expect(draft.resolve(Self.article("99", "1", "a")) == .missing)
        #expect(draft.resolve(ReferenceTarget(kind: .chapter, number: "IX")) == .missing)
        #expect(draft.resolve(ReferenceTarget(kind: .recital, number: "99999999999999999999999")) == .missing)
    }

    @Test func aRangeGivesEveryArticleBetweenItsEndsInDocumentOrder() {
        #expect(draft.articles(from: Self.article("1"), to: Self.article("3")) == [.article("1"), .article("2"), .article("3")])
        #expect(draft.articles(from: Self.article("2"), to: Self.article("24")) == [.article("2"), .article("3"), .article("24")])
        #expect(draft.articles(from: Self.article("2"), to: Self.article("2")) == [.article("2")])
        #expect(draft.articles(from: Self.article("2", "1"), to: Self.article("3")) == [.article("2"), .article("3")], "a range is of whole articles")
    }

    @Test func aRangeWithAMissingOrReversedEndIsNone() {
        #expect(draft.articles(from: Self.article("1"), to: Self.article("99")) == nil)
        #expect(draft.articles(from: Self.article("0"), to: Self.article("3")) == nil)
        #expect(draft.articles(from: Self.article("3"), to: Self.article("1")) == nil)
    }

    @Test func theDraftHoldsItsPreambleOnlyWhenItHasOne() {
        #expect(draft.contains(.preamble))
        #expect(!Self.articlesOnly.contains(.preamble))
        #expect(draft.contains(.article("2").paragraph("2")!))
        #expect(!draft.contains(.article("4")))
        #expect(draft.articleOrder == [.article("1"), .article("2"), .article("3"), .article("24")])
        #expect(draft.hasPreamble && !Self.articlesOnly.hasPreamble)
    }
}
