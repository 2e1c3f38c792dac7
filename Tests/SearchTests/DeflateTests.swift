import Testing
@testable import Search

/// Deflate streams: every input comes back, repeats become matches, and the blocks end.
@Suite struct DeflateTests {
    /// Bytes from a fixed generator: the same every run.
    static func noise(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    @Test func everyInputInflatesBack() throws {
        let words = Array((0..<3000).map { ["data", "protection", "States", "Parties", "shall", "\($0)"][$0 * 7 % 6] }.joined(separator: " ").utf8)
        let inputs: [[UInt8]] = [
            [], [7], [1, 2, 3], Array("abcabcabcabcabcabc".utf8), Self.noise(5000), words,
            Array(repeating: 0x61, count: 70_000), Self.noise(40_000) + Self.noise(40_000),
        ]
        for input in inputs {
            #expect(try Inflate.inflate(Deflate.compress(input)) == input, "\(input.count) bytes")
        }
    }

    @Test func repeatsShrinkAndNoiseGrowsByNoMoreThanStoredBlocks() {
        let repeated = Array(String(repeating: "Article 24. Conditions and safeguards. ", count: 500).utf8)
        #expect(Deflate.compress(repeated).count < repeated.count / 20)
        let noise = Self.noise(100_000)
        #expect(Deflate.compress(noise).count <= noise.count + 5 * (noise.count / Deflate.blockSymbols + 2))
    }

    @Test func aMatchReachesAtMostTheWindowBack() throws {
        // The same noise twice: a copy within the window (30 KB back) is matched; one beyond
        // it (40 KB back) cannot be, and the stream still inflates.
        for (size, shrinks) in [(30_000, true), (40_000, false)] {
            let half = Self.noise(size, seed: 9)
            let input = half + half
            let stream = Deflate.compress(input)
            #expect(try Inflate.inflate(stream) == input)
            #expect((stream.count < input.count * 3 / 4) == shrinks)
        }
    }

    @Test func theSameInputGivesTheSameBytes() {
        let input = Self.noise(20_000) + Array(repeating: 1, count: 500) + Self.noise(20_000)
        #expect(Deflate.compress(input) == Deflate.compress(input))
    }
}
