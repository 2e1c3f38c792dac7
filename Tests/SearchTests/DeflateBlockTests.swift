import Testing
@testable import Search

/// One block: its symbols written with the cheapest of dynamic codes, fixed codes or none.
@Suite struct DeflateBlockTests {
    /// The block type (BTYPE) of the first block of a stream.
    static func firstType(_ stream: [UInt8]) -> Int {
        Int(stream[0] >> 1 & 3)
    }

    static func write(_ input: [UInt8], _ fill: (inout DeflateBlock) -> Void) -> [UInt8] {
        var writer = Deflate.BitWriter()
        var block = DeflateBlock()
        fill(&block)
        input.withUnsafeBufferPointer { block.write($0, from: 0, to: input.count, final: true, into: &writer) }
        writer.flush()
        return writer.bytes
    }

    @Test func aFewLiteralsTakeTheFixedCodes() throws {
        let input = Array("Art. 5".utf8)
        let stream = Self.write(input) { block in for byte in input { block.literal(byte) } }
        #expect(Self.firstType(stream) == 1)
        #expect(try Inflate.inflate(stream) == input)
    }

    @Test func skewedTextTakesItsOwnCodes() throws {
        let input = Array(String(repeating: "aaaaaaab", count: 200).utf8)
        let stream = Self.write(input) { block in for byte in input { block.literal(byte) } }
        #expect(Self.firstType(stream) == 2)
        #expect(try Inflate.inflate(stream) == input)
    }

    @Test func bytesThatDoNotShrinkAreStored() throws {
        let input = DeflateTests.noise(3000, seed: 3)
        let stream = Self.write(input) { block in for byte in input { block.literal(byte) } }
        #expect(Self.firstType(stream) == 0)
        #expect(try Inflate.inflate(stream) == input)
    }

    @Test func matchesOfEveryLengthAndDistanceCodeComeBack() throws {
        // "ab" then copies of every length code's bounds, from every distance code's bounds.
        var input = DeflateTests.noise(33_000, seed: 5)
        var matches: [(Int, Int)] = []
        for (length, distance) in zip([3, 4, 10, 11, 18, 19, 34, 35, 66, 67, 130, 131, 257, 258], [1, 2, 4, 5, 8, 9, 16, 17, 256, 257, 4096, 4097, 24577, 32768]) {
            for _ in 0..<length { input.append(input[input.count - distance]) }
            matches.append((length, distance))
        }
        let literals = input.count - matches.reduce(0) { $0 + $1.0 }
        // The literals in blocks as full as they may be, then the matches in the last one.
        var writer = Deflate.BitWriter()
        var block = DeflateBlock()
        input.withUnsafeBufferPointer { buffer in
            var start = 0
            for i in 0..<literals {
                block.literal(buffer[i])
                if block.isFull {
                    block.write(buffer, from: start, to: i + 1, final: false, into: &writer)
                    start = i + 1
                }
            }
            for (length, distance) in matches { block.match(length: length, distance: distance) }
            block.write(buffer, from: start, to: buffer.count, final: true, into: &writer)
        }
        writer.flush()
        #expect(try Inflate.inflate(writer.bytes) == input)
    }

    @Test func theLengthCodesFollowTheRFC() {
        #expect(DeflateBlock.lengthCodes[3] == 0 && DeflateBlock.lengthCodes[10] == 7 && DeflateBlock.lengthCodes[11] == 8)
        #expect(DeflateBlock.lengthCodes[257] == 27 && DeflateBlock.lengthCodes[258] == 28)
    }
}
