import Testing
@testable import Search

/// Huffman codes: optimal, limited in length, complete, canonical.
@Suite struct HuffmanCodeTests {
    /// Kraft's sum of a code's lengths, times 2^15: exactly 2^15 for a complete code.
    static func kraft(_ lengths: [UInt8]) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + 1 << (15 - Int($1)) }
    }

    @Test func frequentSymbolsGetShorterCodesAndTheCodeIsComplete() {
        let code = HuffmanCode(frequencies: [10, 1, 1, 5, 0, 3], limit: 15)
        #expect(code.lengths[4] == 0, "an unused symbol has no code")
        #expect(code.lengths[0] <= code.lengths[3] && code.lengths[3] <= code.lengths[1])
        #expect(Self.kraft(code.lengths) == 1 << 15)
        #expect(code.cost([10, 1, 1, 5, 0, 3]) == 10 * Int(code.lengths[0]) + Int(code.lengths[1]) + Int(code.lengths[2]) + 5 * Int(code.lengths[3]) + 3 * Int(code.lengths[5]))
    }

    @Test func lengthsStayWithinTheLimit() {
        // Fibonacci frequencies make the deepest unlimited tree.
        var frequencies = [1, 1]
        while frequencies.count < 30 { frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2]) }
        for limit in [7, 15] {
            let code = HuffmanCode(frequencies: Array(frequencies.prefix(limit == 7 ? 19 : 30)), limit: limit)
            #expect(code.lengths.allSatisfy { $0 <= limit })
            #expect(Self.kraft(code.lengths) == 1 << 15)
        }
    }

    @Test func oneOrNoSymbolStillGivesTwoCodes() {
        #expect(HuffmanCode(frequencies: [0, 0, 4, 0], limit: 15).lengths == [1, 0, 1, 0])
        #expect(HuffmanCode(frequencies: [0, 0, 0], limit: 15).lengths == [1, 1, 0])
    }

    @Test func codesAreCanonicalAndWrittenBitsReversed() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give F 00, A 010 ... G 1110, H 1111.
        let code = HuffmanCode(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
        func reversed(_ value: Int, _ bits: Int) -> UInt16 {
            UInt16((0..<bits).reduce(0) { $0 << 1 | (value >> $1 & 1) })
        }
        #expect(code.codes == [reversed(0b010, 3), reversed(0b011, 3), reversed(0b100, 3), reversed(0b101, 3), reversed(0b110, 3), reversed(0b00, 2), reversed(0b1110, 4), reversed(0b1111, 4)])
    }
}
