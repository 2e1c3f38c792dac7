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

extension V32Tests {
    @Test func writingInPlaceGivesTheSameDigits() {
        let values = [0, 31, 32, 1023, 1024, 123_456_789]
        var appended: [UInt8] = []
        values.forEach { V32.append($0, to: &appended) }
        var written = [UInt8](repeating: 0, count: 64)
        var at = 0
        written.withUnsafeMutableBufferPointer { out in values.forEach { V32.write($0, to: out, at: &at) } }
        #expect(Array(written[..<at]) == appended)
        #expect(V32.lastDigit(10) == UInt8(ascii: "A"))
    }
}
