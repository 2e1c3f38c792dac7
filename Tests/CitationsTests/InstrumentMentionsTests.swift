import Testing
@testable import Citations

/// Whether a stretch of text names another instrument, read in one forward pass.
@Suite struct InstrumentMentionsTests {
    @Test func instrumentMentionsInOnePassAgreeWithSearching() {
        let names = ["Budapest Convention", "UNTOC", "UNCAC"]
        let bytes = Array("The budapest convention and UNTOC, not untoc; UNCACX and UNCAC.".utf8)
        var mentions = InstrumentMentions(names, in: bytes)
        for to in 0...bytes.count {
            for from in stride(from: 0, through: to, by: 7) {
                var fresh = InstrumentMentions(names, in: bytes)
                let expected = names.contains { ReferenceScanner.find($0, in: bytes, from: from, to: to) }
                #expect(fresh.named(from: from, before: to) == expected, "from \(from) to \(to)")
            }
            #expect(mentions.named(from: 0, before: to) == names.contains { ReferenceScanner.find($0, in: bytes, from: 0, to: to) })
        }
    }

    /// The offset of `part` in `text`.
    func offset(_ part: String, in text: String) -> Int {
        text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: part)!.lowerBound)
    }

    @Test func longNamesMatchInAnyCaseAndAbbreviationsExactly() {
        let text = "Under the budapest convention and the untoc, Article 5 applies."
        let bytes = Array(text.utf8)
        var budapest = InstrumentMentions(["Budapest Convention"], in: bytes)
        let budapestNamed = budapest.named(from: 0, before: offset("Article", in: text))
        #expect(budapestNamed)
        var untoc = InstrumentMentions(["UNTOC"], in: bytes)
        let untocNamed = untoc.named(from: 0, before: offset("Article", in: text))
        #expect(!untocNamed)
    }

    @Test func onlyANameWhollyInsideTheStretchCounts() {
        let text = "The UNTOC and, later, Article 5."
        let bytes = Array(text.utf8)
        var mentions = InstrumentMentions(["UNTOC"], in: bytes)
        let name = offset("UNTOC", in: text)
        let answers = [
            mentions.named(from: 0, before: name + 3), mentions.named(from: 0, before: name + 5), mentions.named(from: name + 1, before: bytes.count),
        ]
        // Cut by the end of the stretch; whole; begun before the stretch.
        #expect(answers == [false, true, false])
    }

    @Test func aNameInsideAWordIsNoMention() {
        let bytes = Array("The UNTOCs and XUNTOC differ from Article 5.".utf8)
        var mentions = InstrumentMentions(["UNTOC"], in: bytes)
        let named = mentions.named(from: 0, before: bytes.count)
        #expect(!named)
    }

    @Test func emptyNamesAndNoNamesMentionNothing() {
        let bytes = Array("Article 5 of nothing.".utf8)
        var empty = InstrumentMentions(["", ""], in: bytes)
        var none = InstrumentMentions([], in: bytes)
        let answers = [empty.named(from: 0, before: bytes.count), none.named(from: 0, before: bytes.count)]
        #expect(answers == [false, false])
    }
}
