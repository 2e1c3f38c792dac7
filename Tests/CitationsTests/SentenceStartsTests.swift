import Testing
@testable import Citations

/// Where sentences start, found in one forward pass.
@Suite struct SentenceStartsTests {
    @Test(arguments: [
        "No end here Art. 5 and more; then. Another one? Yes! e.g. this i.e. that Art. 4 bis. End",
        "a.b.c.d.e.f.g.h. i. Article 1. Arts. 2 and 3 para. 4",
        "",
        ". ; ! ?",
    ])
    func sentenceStartsInOnePassAgreeWithReadingBack(_ text: String) {
        let bytes = Array(text.utf8)
        var starts = SentenceStarts(bytes)
        for offset in 0...bytes.count {
            #expect(starts.start(before: offset) == ReferenceScanner.sentenceStart(bytes, before: offset), "offset \(offset)")
        }
    }

    @Test func aSentenceStartsAfterItsEndMarkAndASpace() {
        let text = "One. Two? Three;\nFour! Art. 5 goes on."
        var starts = SentenceStarts(Array(text.utf8))
        let offsets = ["One", "Two", "Three", "Four", "5 goes"].map { text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: $0)!.lowerBound) }
        let found = offsets.map { starts.start(before: $0 + 1) }
        #expect(found == [0, 5, 10, 17, 23], "the period of an abbreviation ends no sentence")
    }

    @Test func anEarlierOffsetAfterALaterOneIsStillAnswered() {
        let bytes = Array("One. Two. Three.".utf8)
        var starts = SentenceStarts(bytes)
        #expect(starts.start(before: 12) == 10)
        #expect(starts.start(before: 7) == 5)
        #expect(starts.start(before: 2) == 0)
        #expect(starts.start(before: 16) == 10)
    }
}
