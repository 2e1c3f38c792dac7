import Testing
@testable import Search

/// The postings of one term over a run of documents, encoded as the client reads them.
@Suite struct PostingListTests {
    static func decode(_ bytes: [UInt8]) -> [Int] {
        V32.decode(String(decoding: bytes, as: UTF8.self))
    }

    @Test func theFirstPostingIsItsWeightAndEachLaterOneItsGapAndWeight() {
        var list = PostingList(first: 5)
        list.add(document: 5, weight: 3, positions: [1, 4])
        list.add(document: 9, weight: 17, positions: [0])
        list.add(document: 1009, weight: 2, positions: [7, 8, 40])
        #expect(Self.decode(list.bytes) == [3, 4, 17, 1000, 2])
        #expect(list.first == 5 && list.last == 1009 && list.count == 3)
    }

    @Test func positionsAreACountThenGaps() {
        var list = PostingList(first: 0)
        list.add(document: 0, weight: 1, positions: [1, 4])
        list.add(document: 2, weight: 1, positions: [0, 100])
        #expect(Self.decode(list.positions) == [2, 1, 3, 2, 0, 100])
    }

    @Test func atMost32PositionsAreKept() {
        var list = PostingList(first: 0)
        list.add(document: 0, weight: 1, positions: Array(10..<50))
        #expect(Self.decode(list.positions) == [PostingList.maximumPositions, 10] + Array(repeating: 1, count: PostingList.maximumPositions - 1))
    }

    @Test func aPostingWithoutPositionsAddsNone() {
        var list = PostingList(first: 3)
        list.add(document: 3, weight: 2, positions: nil)
        list.add(document: 4, weight: 2, positions: nil)
        #expect(list.positions.isEmpty)
        #expect(Self.decode(list.bytes) == [2, 1, 2])
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
