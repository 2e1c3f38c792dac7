import Testing
@testable import Render

/// Lists of contexts, read in place by index.
@Suite struct ContextListTests {
    let list = ContextList([TestContext(["n": 1]), TestContext(["n": 2]), TestContext(["n": 3])])

    @Test func itAnswersTheFieldsOfEachItem() {
        #expect(list.count == 3)
        #expect((0..<3).map { list.value(at: $0, named: "n")?.text } == ["1", "2", "3"])
        #expect(list.value(at: 0, named: "nothing") == nil)
    }

    @Test func reversedItRunsBackwards() {
        let reversed = list.reversed
        #expect((0..<3).map { reversed.value(at: $0, named: "n")?.text } == ["3", "2", "1"])
        #expect(reversed.description(at: 0) == "context(n)")
        #expect(reversed.reversed.value(at: 0, named: "n")?.text == "1")
    }

    @Test func itDescribesItselfAndItsItemsAsSwiftDoes() {
        let points = ContextList([PrintedPoint(x: 1), PrintedPoint(x: 2)])
        #expect(points.description == "[RenderTests.PrintedPoint(x: 1), RenderTests.PrintedPoint(x: 2)]")
        #expect(points.reversed.description == String(describing: [PrintedPoint(x: 1), PrintedPoint(x: 2)].reversed()))
        #expect(points.description(at: 1) == "PrintedPoint(x: 2)")
    }

    @Test func itGivesAnItemAsAContextToWhoeverNeedsOne() {
        #expect(list.context(at: 1).value(named: "n")?.text == "2")
        #expect(list.reversed.context(at: 0).value(named: "n")?.text == "3")
    }
}
