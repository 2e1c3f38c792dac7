import Addressing
import Testing
@testable import Compare
@testable import Structure

/// The words of a provision as plain text, one line per numbered paragraph and point.
@Suite struct ProvisionTextTests {
    static let text = ConcordanceTests.draft("d", 1, """
        # Preamble
        Recalling   the
        Charter,

        # Chapter II. Criminalization
        ## Article 2. Use of terms
        1. For the purposes of this Convention:
           (a) "Data" means   data;
           (b) "System" means:
           (i) a device;
           (ii) a group.
        2. (a) First;
           (b) Second.
        ## Article 5
        This applies to:

        (a) first;
        (b) second.
        ## Article 6

        """).text

    static func article(_ number: String) -> Article {
        text.articles.first { $0.anchor == .article(number) }!
    }

    @Test func anArticleIsItsParagraphsWithTheirNumbersAndItsPointsWithTheirLabels() {
        #expect(ProvisionText.of(Self.article("2")) == """
            1. For the purposes of this Convention:
            (a) "Data" means data;
            (b) "System" means:
            (i) a device;
            (ii) a group.
            2.
            (a) First;
            (b) Second.
            """)
    }

    @Test func anArticleWithoutNumberedParagraphsIsItsTextAndPoints() {
        #expect(ProvisionText.of(Self.article("5")) == "This applies to:\n(a) first;\n(b) second.")
        #expect(ProvisionText.of(Self.article("6")) == "")
    }

    @Test func theTextAtAParagraphLeavesOutItsNumber() {
        #expect(ProvisionText.of(Self.text, at: .article("2").paragraph("2")!) == "(a) First;\n(b) Second.")
        #expect(ProvisionText.of(Self.text, at: .article("2").paragraph("1")!)?.hasPrefix("For the purposes of this Convention:\n(a)") == true)
    }

    @Test func theTextAtAPointHoldsItsSubpointsWithTheirLabels() {
        let point = Anchor.article("2").paragraph("1")!.point("b")!
        #expect(ProvisionText.of(Self.text, at: point) == "\"System\" means:\n(i) a device;\n(ii) a group.")
        #expect(ProvisionText.of(Self.text, at: point.point("ii")!) == "a group.")
        #expect(ProvisionText.of(Self.text, at: Anchor.article("5").point("a")!) == "first;")
    }

    @Test func theTextAtARecitalHasItsSpacesCollapsed() {
        #expect(ProvisionText.of(Self.text, at: .recital(1)) == "Recalling the Charter,")
    }

    @Test func theTextAtAnArticleIsTheWholeArticle() {
        #expect(ProvisionText.of(Self.text, at: .article("5")) == ProvisionText.of(Self.article("5")))
    }

    @Test func anAnchorTheDraftLacksHasNoText() {
        #expect(ProvisionText.of(Self.text, at: .article("9")) == nil)
        #expect(ProvisionText.of(Self.text, at: .article("2").paragraph("7")!) == nil)
        #expect(ProvisionText.of(Self.text, at: Anchor.article("5").point("z")!) == nil)
        #expect(ProvisionText.of(Self.text, at: .recital(4)) == nil)
        #expect(ProvisionText.of(Self.text, at: .chapter("II")) == nil)
        #expect(ProvisionText.of(Self.text, at: .preamble) == nil)
    }
}
