import Testing
@testable import Search

struct V32Tests {
    @Test func smallNumbersTakeOneCharacterAndLargerOnesEndThemselves() {
        func encode(_ values: [Int]) -> String {
            var out: [UInt8] = []
            values.forEach { V32.append($0, to: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        #expect(encode([0, 9, 10, 31]) == "09AV")
        #expect(encode([32]) == "X0")
        #expect(encode([1023]) == "_V")
        #expect(encode([1024]) == "XW0")
        let values = [0, 1, 31, 32, 33, 1000, 1023, 1024, 65_535, 1_000_000, 123_456_789]
        #expect(V32.decode(encode(values)) == values)
    }
}
