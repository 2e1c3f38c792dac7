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
}
