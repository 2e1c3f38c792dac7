import Testing
@testable import Search

/// Terms numbered in the order met, found by their bytes.
@Suite struct TermTableTests {
    @Test func aTermKeepsTheNumberItGotFirst() {
        var table = TermTable(capacity: 2)
        #expect(table.number(of: "parti") == 0)
        #expect(table.number(of: "state") == 1)
        #expect(table.number(of: "parti") == 0)
        #expect(table.count == 2)
        #expect(table.string(1) == "state")
        #expect(table.find("state") == 1 && table.find("stat") == nil)
    }

    @Test func itGrowsPastItsCapacityAndKeepsEveryTerm() {
        var table = TermTable(capacity: 4)
        let words = (0..<5000).map { "w\($0)" } + ["protección", "日本語", "~conditions-and-safeguards/2/b", ""]
        for (number, word) in words.enumerated() { #expect(table.number(of: word) == Int32(number)) }
        for (number, word) in words.enumerated() {
            #expect(table.find(word) == Int32(number))
            #expect(table.string(number) == word)
        }
    }

    @Test func termsAreComparedByTheirBytes() {
        // "é" composed and decomposed are one Swift string but two terms.
        var table = TermTable()
        #expect(table.number(of: "\u{E9}") != table.number(of: "e\u{301}"))
    }
}
