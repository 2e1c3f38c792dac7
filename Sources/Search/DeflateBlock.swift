/// The symbols of one deflate block (RFC 1951, 3.2.5): literals and matches as LZ77 found
/// them, with their frequencies; written with whichever costs fewest bits of its own
/// (dynamic) Huffman codes, the fixed codes, or the bytes stored as they are. A noncopyable
/// value owning its tables (one per compression, on one thread), for the reason of
/// ``Deflate/BitWriter``.
struct DeflateBlock: ~Copyable {
    /// A literal byte, or `matchFlag | length << 16 | distance`.
    private let symbols: UnsafeMutablePointer<UInt32>
    private var count = 0
    private let literalFrequencies: UnsafeMutablePointer<Int>
    private let distanceFrequencies: UnsafeMutablePointer<Int>
    /// The extra bits of the lengths and distances so far.
    private var extraBits = 0
    /// The tables of lengths and distances, copied so that the hot path reads no global.
    private let lengthCodeTable: UnsafeMutablePointer<UInt8>
    private let distanceCodeTable: UnsafeMutablePointer<UInt8>
    private let extraTable: UnsafeMutablePointer<UInt8>

    private static let matchFlag: UInt32 = 1 << 31
    private static let endOfBlock = 256
    private static let capacity = Deflate.blockSymbols + Deflate.maximumMatch + 8
    /// ``capacity`` and ``Deflate/blockSymbols``, held by the block so that the hot path reads
    /// no lazily initialised global.
    private let room = DeflateBlock.capacity
    private let full = Deflate.blockSymbols

    init() {
        symbols = .allocate(capacity: Self.capacity)
        literalFrequencies = .allocate(capacity: 286)
        literalFrequencies.initialize(repeating: 0, count: 286)
        distanceFrequencies = .allocate(capacity: 30)
        distanceFrequencies.initialize(repeating: 0, count: 30)
        lengthCodeTable = .allocate(capacity: 259)
        lengthCodeTable.initialize(from: Self.lengthCodes, count: 259)
        distanceCodeTable = .allocate(capacity: 512)
        distanceCodeTable.initialize(from: Self.distanceCodes, count: 512)
        // The extra bits of each length code (0...28), then of each distance code (29...58).
        extraTable = .allocate(capacity: 59)
        extraTable.initialize(from: Self.lengthExtra + Self.distanceExtra, count: 59)
    }

    deinit {
        symbols.deallocate()
        literalFrequencies.deallocate()
        distanceFrequencies.deallocate()
        lengthCodeTable.deallocate()
        distanceCodeTable.deallocate()
        extraTable.deallocate()
    }

    var isFull: Bool { count >= full }
    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func literal(_ byte: UInt8) {
        precondition(count < room, "a full block is written before more symbols")
        symbols[count] = UInt32(byte)
        count += 1
        literalFrequencies[Int(byte)] += 1
    }

    /// A match of `length` (3 to 258) bytes, `distance` (1 to 32,768) back.
    @inline(__always)
    mutating func match(length: Int, distance: Int) {
        precondition(count < room, "a full block is written before more symbols")
        symbols[count] = Self.matchFlag | UInt32(length) << 16 | UInt32(distance)
        count += 1
        let lengthCode = Int(lengthCodeTable[length])
        literalFrequencies[257 + lengthCode] += 1
        let distanceCode = Int(distance <= 256 ? distanceCodeTable[distance - 1] : distanceCodeTable[256 + (distance - 1) >> 7])
        distanceFrequencies[distanceCode] += 1
        extraBits += Int(extraTable[lengthCode]) + Int(extraTable[29 + distanceCode])
    }

    /// Writes the block (`input[start..<end]` are the bytes its symbols stand for) and empties it.
    mutating func write(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, final: Bool, into writer: inout Deflate.BitWriter) {
        literalFrequencies[Self.endOfBlock] += 1
        let literalCounts = Array(UnsafeBufferPointer(start: literalFrequencies, count: 286))
        let distanceCounts = Array(UnsafeBufferPointer(start: distanceFrequencies, count: 30))
        let literals = HuffmanCode(frequencies: literalCounts, limit: 15)
        let distances = HuffmanCode(frequencies: distanceCounts, limit: 15)
        let header = DynamicHeader(literals: literals, distances: distances)
        let dynamicBits = 3 + header.bits + literals.cost(literalCounts) + distances.cost(distanceCounts) + extraBits
        let fixedBits = 3 + Self.fixedLiterals.cost(literalCounts) + Self.fixedDistances.cost(distanceCounts) + extraBits
        let storedChunks = max(1, (end - start + 65_534) / 65_535)
        let storedBits = (end - start) * 8 + storedChunks * (3 + 7 + 32)
        if storedBits < min(dynamicBits, fixedBits) {
            writeStored(input, from: start, to: end, final: final, into: &writer)
        } else if fixedBits <= dynamicBits {
            writer.write(final ? 1 : 0, 1)
            writer.write(1, 2)
            writeSymbols(Self.fixedLiterals, Self.fixedDistances, into: &writer)
        } else {
            writer.write(final ? 1 : 0, 1)
            writer.write(2, 2)
            header.write(into: &writer)
            writeSymbols(literals, distances, into: &writer)
        }
        count = 0
        literalFrequencies.update(repeating: 0, count: 286)
        distanceFrequencies.update(repeating: 0, count: 30)
        extraBits = 0
    }

    private func writeStored(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, final: Bool, into writer: inout Deflate.BitWriter) {
        var at = start
        repeat {
            let length = min(65_535, end - at)
            let last = at + length >= end
            writer.write(final && last ? 1 : 0, 1)
            writer.write(0, 2)
            writer.align()
            writer.write(UInt32(length), 16)
            writer.write(UInt32(~UInt16(length)), 16)
            writer.append(UnsafeBufferPointer(rebasing: input[at..<(at + length)]))
            at += length
        } while at < end
    }

    private func writeSymbols(_ literals: HuffmanCode, _ distances: HuffmanCode, into writer: inout Deflate.BitWriter) {
        // Each literal/length symbol's code and length in one word, the same for distances.
        var literalTable = [UInt32](repeating: 0, count: 286)
        for i in 0..<min(286, literals.lengths.count) { literalTable[i] = UInt32(literals.codes[i]) | UInt32(literals.lengths[i]) << 16 }
        var distanceTable = [UInt32](repeating: 0, count: 30)
        for i in 0..<30 { distanceTable[i] = UInt32(distances.codes[i]) | UInt32(distances.lengths[i]) << 16 }
        let lengthBase = Self.lengthBase
        let distanceBase = Self.distanceBase
        literalTable.withUnsafeBufferPointer { literal in
            distanceTable.withUnsafeBufferPointer { distance in
                for k in 0..<count {
                    let symbol = symbols[k]
                    if symbol & Self.matchFlag == 0 {
                        let code = literal[Int(symbol)]
                        writer.write(code & 0xFFFF, Int(code >> 16))
                        continue
                    }
                    let length = Int(symbol >> 16 & 0x1FF)
                    let gap = Int(symbol & 0xFFFF)
                    let lengthCode = Int(lengthCodeTable[length])
                    let code = literal[257 + lengthCode]
                    writer.write(code & 0xFFFF, Int(code >> 16))
                    let lengthBits = Int(extraTable[lengthCode])
                    if lengthBits > 0 { writer.write(UInt32(length - Int(lengthBase[lengthCode])), lengthBits) }
                    let distanceCode = Int(gap <= 256 ? distanceCodeTable[gap - 1] : distanceCodeTable[256 + (gap - 1) >> 7])
                    let distanceSymbol = distance[distanceCode]
                    writer.write(distanceSymbol & 0xFFFF, Int(distanceSymbol >> 16))
                    let distanceBits = Int(extraTable[29 + distanceCode])
                    if distanceBits > 0 { writer.write(UInt32(gap - Int(distanceBase[distanceCode])), distanceBits) }
                }
                let end = literal[Self.endOfBlock]
                writer.write(end & 0xFFFF, Int(end >> 16))
            }
        }
    }
}

extension DeflateBlock {
    /// The header of a block with dynamic codes: the code lengths of both codes, run-length
    /// coded (symbols 16, 17, 18) with a third Huffman code.
    struct DynamicHeader {
        /// Code-length symbols with their extra bits' value and count.
        private var runs: [(symbol: Int, extra: Int, bits: Int)] = []
        private var literalCount: Int
        private var distanceCount: Int
        private var lengthCode: HuffmanCode
        private var lengthCodeCount: Int
        /// The bits of the header after the block type.
        private(set) var bits: Int

        /// The order in which the code-length code's lengths are written.
        static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

        init(literals: HuffmanCode, distances: HuffmanCode) {
            literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
            distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
            let all = Array(literals.lengths[0..<literalCount]) + Array(distances.lengths[0..<distanceCount])
            var i = 0
            while i < all.count {
                let length = Int(all[i])
                var run = 1
                while i + run < all.count && Int(all[i + run]) == length { run += 1 }
                i += run
                if length == 0 {
                    while run >= 11 {
                        let k = min(run, 138)
                        runs.append((18, k - 11, 7))
                        run -= k
                    }
                    if run >= 3 {
                        runs.append((17, run - 3, 3))
                        run = 0
                    }
                } else {
                    runs.append((length, 0, 0))
                    run -= 1
                    while run >= 3 {
                        let k = min(run, 6)
                        runs.append((16, k - 3, 2))
                        run -= k
                    }
                }
                while run > 0 {
                    runs.append((length, 0, 0))
                    run -= 1
                }
            }
            var frequencies = [Int](repeating: 0, count: 19)
            var extra = 0
            for run in runs {
                frequencies[run.symbol] += 1
                extra += run.bits
            }
            lengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
            let code = lengthCode
            lengthCodeCount = max(4, (Self.order.lastIndex { code.lengths[$0] > 0 } ?? 0) + 1)
            bits = 5 + 5 + 4 + 3 * lengthCodeCount + lengthCode.cost(frequencies) + extra
        }

        func write(into writer: inout Deflate.BitWriter) {
            writer.write(UInt32(literalCount - 257), 5)
            writer.write(UInt32(distanceCount - 1), 5)
            writer.write(UInt32(lengthCodeCount - 4), 4)
            for symbol in Self.order.prefix(lengthCodeCount) { writer.write(UInt32(lengthCode.lengths[symbol]), 3) }
            for run in runs {
                writer.write(UInt32(lengthCode.codes[run.symbol]), Int(lengthCode.lengths[run.symbol]))
                if run.bits > 0 { writer.write(UInt32(run.extra), run.bits) }
            }
        }
    }

    // RFC 1951, 3.2.5 and 3.2.6.
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The length code (less 257) of each match length, 0 to 258.
    static let lengthCodes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 259)
        for code in lengthBase.indices {
            let end = code + 1 < lengthBase.count ? Int(lengthBase[code + 1]) : 259
            for length in Int(lengthBase[code])..<min(end, 259) { table[length] = UInt8(code) }
        }
        table[258] = 28
        return table
    }()

    /// The distance code of distances up to 256 (by distance − 1), then of the longer ones
    /// by (distance − 1) / 128, as zlib does.
    static let distanceCodes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        for code in distanceBase.indices {
            let start = Int(distanceBase[code])
            let end = start + (1 << Int(distanceExtra[code]))
            for distance in start..<end {
                if distance <= 256 { table[distance - 1] = UInt8(code) } else { table[256 + (distance - 1) >> 7] = UInt8(code) }
            }
        }
        return table
    }()

    static let fixedLiterals = HuffmanCode(
        lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112) + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
    )
    static let fixedDistances = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))
}
