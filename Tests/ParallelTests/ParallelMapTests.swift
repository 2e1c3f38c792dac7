import Testing
@testable import Parallel

@Suite struct ParallelMapTests {
    @Test func keepsTheOrderOfItsItems() {
        let items = Array(0..<10_000)
        #expect(parallelMap(items) { $0 * 2 } == items.map { $0 * 2 })
    }

    @Test func handlesNoItemAndOneItem() {
        #expect(parallelMap([Int]()) { $0 }.isEmpty)
        #expect(parallelMap([7]) { "\($0)" } == ["7"])
    }

    @Test func updatesEachItemInPlaceAndReturnsWhatEachUpdateSaid() {
        var items = (0..<10_000).map { [$0] }
        let results = parallelUpdate(&items) { item -> Int in
            item.append(item[0] * 2)
            return item[0] + 1
        }
        #expect(items == (0..<10_000).map { [$0, $0 * 2] })
        #expect(results == Array(1...10_000))
    }

    @Test func updatesNoItemAndOneItem() {
        var none: [Int] = []
        #expect(parallelUpdate(&none) { $0 += 1 }.isEmpty)
        var one = [7]
        #expect(parallelUpdate(&one) { item -> String in item += 1; return "\(item)" } == ["8"])
        #expect(one == [8])
    }

    /// The value an update replaces is released when that update is done, not when the
    /// whole array is: the promise the link stage's memory rests on.
    @Test func releasesWhatAnUpdateReplacesBeforeTheOthersEnd() {
        final class Tracked: Sendable {
            let id: Int
            init(_ id: Int) { self.id = id }
        }
        var items = (0..<64).map { Tracked($0) }
        weak let first = items[0]
        _ = parallelUpdate(&items) { item in item = Tracked(item.id + 100) }
        #expect(first == nil)
        #expect(items.map(\.id) == Array(100..<164))
    }
}
