import Testing
@testable import Citations

/// The part of a long sentence quoted around a reference.
@Suite struct QuoteExcerptTests {
    /// The excerpt of `sentence` around `reference`, and the text its mark covers.
    func excerpt(_ sentence: String, around reference: String, context: Int) -> (text: String, marked: String) {
        let bytes = Array(sentence.utf8)
        let start = sentence.utf8.distance(from: sentence.utf8.startIndex, to: sentence.range(of: reference)!.lowerBound)
        let excerpt = QuoteExcerpt(bytes, sentence: 0..<bytes.count, mark: start..<(start + reference.utf8.count), context: context)
        let text = Array(excerpt.text.utf8)
        return (excerpt.text, String(decoding: text[excerpt.mark], as: UTF8.self))
    }

    @Test func aSentenceWithinTheContextIsQuotedWhole() {
        let found = excerpt("Parties support Article 5 fully.", around: "Article 5", context: 100)
        #expect(found.text == "Parties support Article 5 fully.")
        #expect(found.marked == "Article 5")
    }

    @Test func aLongSentenceIsCutAtSpacesWithAnEllipsisWhereItGoesOn() {
        let found = excerpt("one two three Article 5 four five six", around: "Article 5", context: 8)
        #expect(found.text == "… three Article 5 four …")
        #expect(found.marked == "Article 5")
    }

    @Test func onlyTheSideThatGoesOnHasAnEllipsis() {
        let start = excerpt("Article 5 is cited at the start of a sentence that goes on", around: "Article 5", context: 10)
        #expect(start.text == "Article 5 is cited …")
        let end = excerpt("A sentence that goes on for a while cites Article 5", around: "Article 5", context: 8)
        #expect(end.text == "… cites Article 5")
        #expect(start.marked == "Article 5" && end.marked == "Article 5")
    }

    @Test func aCutNeverSplitsACharacter() {
        let found = excerpt("éééé—Article 5—éééé", around: "Article 5", context: 4)
        #expect(found.text == "… —Article 5— …")
        #expect(!found.text.contains("\u{FFFD}"))
        #expect(found.marked == "Article 5")
    }

    @Test func lineEndsBecomeSpaces() {
        let found = excerpt("Line one cites\nArticle 5\nacross lines.", around: "Article 5", context: 100)
        #expect(found.text == "Line one cites Article 5 across lines.")
        #expect(found.marked == "Article 5")
    }

    @Test func theMarkIsTheReferenceWithinTheExcerptOfALaterSentence() {
        let text = "First sentence here. Then one two three Article 24(2) four five six."
        let bytes = Array(text.utf8)
        let sentenceStart = 21
        let start = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "Article 24(2)")!.lowerBound)
        let excerpt = QuoteExcerpt(bytes, sentence: sentenceStart..<bytes.count, mark: start..<(start + 13), context: 8)
        #expect(excerpt.text == "… three Article 24(2) four …")
        #expect(String(decoding: Array(excerpt.text.utf8)[excerpt.mark], as: UTF8.self) == "Article 24(2)")
    }
}
