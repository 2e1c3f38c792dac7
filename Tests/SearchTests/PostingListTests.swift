import Testing
@testable import Search

/// How one posting is written: the weight in one digit, the positions as a count and gaps.
@Suite struct PostingListTests {
    static func positions(_ values: [Int]) -> [Int] {
        var out: [UInt8] = []
        PostingList.appendPositions(values, to: &out)
        return V32.decode(String(decoding: out, as: UTF8.self))
    }

    @Test func positionsAreACountThenTheFirstThenGaps() {
        #expect(Self.positions([1, 4]) == [2, 1, 3])
        #expect(Self.positions([0, 100]) == [2, 0, 100])
    }

    @Test func atMost32PositionsAreKept() {
        #expect(Self.positions(Array(10..<50)) == [PostingList.maximumPositions, 10] + Array(repeating: 1, count: PostingList.maximumPositions - 1))
    }

    @Test func aWeightPacksTitleHitBodyHitsAndKind() {
        #expect(PostingList.weight(titleHits: 0, bodyHits: 0, kind: .draft) == 0)
        #expect(PostingList.weight(titleHits: 1, bodyHits: 0, kind: .draft) == 1)
        #expect(PostingList.weight(titleHits: 5, bodyHits: 0, kind: .draft) == 1, "one title hit at most")
        #expect(PostingList.weight(titleHits: 0, bodyHits: 2, kind: .position) == 12)
        #expect(PostingList.weight(titleHits: 0, bodyHits: 99, kind: .stakeholder) == 22, "three body hits at most")
        #expect(PostingList.weight(titleHits: 1, bodyHits: 3, kind: .page) == 31)
    }

    @Test func everyWeightIsOneDigit() {
        for kind in SearchDocument.Kind.allCases {
            for title in 0...2 {
                for body in 0...5 {
                    var digits: [UInt8] = []
                    V32.append(PostingList.weight(titleHits: title, bodyHits: body, kind: kind), to: &digits)
                    #expect(digits.count == 1)
                }
            }
        }
    }
}
