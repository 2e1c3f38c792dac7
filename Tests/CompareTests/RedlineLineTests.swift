import Testing
@testable import Compare

/// The lines a redline pairs: the label that starts a line, and how alike two lines are.
@Suite struct RedlineLineTests {
    @Test func aPointLabelOrParagraphNumberStartsTheLine() {
        let point = RedlineLine("(ii) to preserve data;")
        #expect(point.label == "(ii)" && point.separator == " " && point.body == "to preserve data;")
        let paragraph = RedlineLine("12. Each State Party")
        #expect(paragraph.label == "12." && paragraph.body == "Each State Party")
        #expect(RedlineLine("3.").label == "3.")
        #expect(RedlineLine("(b)").label == "(b)")
    }

    @Test func otherBracketsAndNumbersAreWords() {
        for line in ["(see above) text", "2.5 per cent", "24(2) of", "(b)text", "", "()", "(abcdefghi) long", " (a) indented"] {
            let parsed = RedlineLine(Substring(line))
            #expect(parsed.label.isEmpty, "\(line)")
            #expect(parsed.text == line)
        }
    }

    @Test func similarityCountsSharedWords() {
        #expect(RedlineLine("(a) research samples.").similarity(to: RedlineLine("(b) research samples.")) == 1)
        #expect(RedlineLine("(a) plastics").similarity(to: RedlineLine("(a) research")) == 0)
        #expect(RedlineLine("a b c d").similarity(to: RedlineLine("a b x y")) == 0.5)
    }
}
