/// A plain inflater (RFC 1951) and gzip reader (RFC 1952), written from the RFCs apart from
/// the compressor, so the tests read the index files as a browser's `DecompressionStream` does.
enum Inflate {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The content of a gzip member, its CRC and length checked.
    static func gunzip(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count >= 18, data[0] == 0x1F, data[1] == 0x8B, data[2] == 8 else { throw Failure(description: "not gzip") }
        guard data[3] == 0 else { throw Failure(description: "unexpected header flags \(data[3])") }
        var reader = BitReader(data, from: 10)
        let content = try inflate(&reader)
        let end = reader.byteOffset
        guard end + 8 == data.count else { throw Failure(description: "\(data.count - end - 8) bytes after the member") }
        let crc = UInt32(data[end]) | UInt32(data[end + 1]) << 8 | UInt32(data[end + 2]) << 16 | UInt32(data[end + 3]) << 24
        let size = UInt32(data[end + 4]) | UInt32(data[end + 5]) << 8 | UInt32(data[end + 6]) << 16 | UInt32(data[end + 7]) << 24
        guard size == UInt32(truncatingIfNeeded: content.count) else { throw Failure(description: "length \(size), inflated \(content.count)") }
        guard crc == referenceCRC(content) else { throw Failure(description: "bad CRC") }
        return content
    }

    /// A raw deflate stream.
    static func inflate(_ data: [UInt8]) throws -> [UInt8] {
        var reader = BitReader(data, from: 0)
        return try inflate(&reader)
    }

    /// The CRC-32 bit by bit, the slow way.
    // RFC 1951, 3.2.5 to 3.2.7.
    static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static func referenceCRC(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    struct BitReader {
        let data: [UInt8]
        var position: Int
        var bit = 0

        init(_ data: [UInt8], from byte: Int) {
            self.data = data
            position = byte
        }

        var byteOffset: Int { position + (bit > 0 ? 1 : 0) }

        mutating func bits(_ count: Int) throws -> Int {
            var value = 0
            for i in 0..<count {
                guard position < data.count else { throw Failure(description: "stream ends early") }
                value |= Int(data[position] >> bit & 1) << i
                bit += 1
                if bit == 8 {
                    bit = 0
                    position += 1
                }
            }
            return value
        }

        mutating func align() {
            if bit > 0 {
                bit = 0
                position += 1
            }
        }
    }

    /// A Huffman decoding table: symbols by (length, code).
    struct Decoder {
        var table: [Int: Int] = [:]

        init(lengths: [Int]) throws {
            let maximum = lengths.max() ?? 0
            var count = [Int](repeating: 0, count: maximum + 2)
            for length in lengths where length > 0 { count[length] += 1 }
            var next = [Int](repeating: 0, count: maximum + 2)
            var code = 0
            if maximum > 0 {
                for bits in 1...maximum {
                    code = (code + count[bits - 1]) << 1
                    next[bits] = code
                }
            }
            // Kraft: never more codes than a length can hold.
            var left = 1
            for bits in 1..<max(2, maximum + 1) {
                left = left * 2 - count[bits]
                guard left >= 0 else { throw Failure(description: "over-subscribed code") }
            }
            for (symbol, length) in lengths.enumerated() where length > 0 {
                table[length << 16 | next[length]] = symbol
                next[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws -> Int {
            var code = 0
            for length in 1...15 {
                code = code << 1 | (try reader.bits(1))
                if let symbol = table[length << 16 | code] { return symbol }
            }
            throw Failure(description: "bad code")
        }
    }

    static func inflate(_ reader: inout BitReader) throws -> [UInt8] {
        var out: [UInt8] = []
        var final = false
        while !final {
            final = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.align()
                let length = try reader.bits(16)
                let complement = try reader.bits(16)
                guard length == ~complement & 0xFFFF else { throw Failure(description: "bad stored length") }
                for _ in 0..<length { out.append(UInt8(try reader.bits(8))) }
            case 1:
                let literals = try Decoder(lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8))
                let distances = try Decoder(lengths: Array(repeating: 5, count: 30))
                try symbols(&reader, literals, distances, &out)
            case 2:
                let literalCount = try reader.bits(5) + 257
                let distanceCount = try reader.bits(5) + 1
                let lengthCount = try reader.bits(4) + 4
                var lengthLengths = [Int](repeating: 0, count: 19)
                for symbol in order.prefix(lengthCount) { lengthLengths[symbol] = try reader.bits(3) }
                let lengthDecoder = try Decoder(lengths: lengthLengths)
                var lengths: [Int] = []
                while lengths.count < literalCount + distanceCount {
                    let symbol = try lengthDecoder.decode(&reader)
                    switch symbol {
                    case 16:
                        guard let last = lengths.last else { throw Failure(description: "repeat with nothing before") }
                        lengths += Array(repeating: last, count: 3 + (try reader.bits(2)))
                    case 17: lengths += Array(repeating: 0, count: 3 + (try reader.bits(3)))
                    case 18: lengths += Array(repeating: 0, count: 11 + (try reader.bits(7)))
                    default: lengths.append(symbol)
                    }
                }
                guard lengths.count == literalCount + distanceCount else { throw Failure(description: "lengths overrun") }
                guard lengths[256] > 0 else { throw Failure(description: "no end of block code") }
                try symbols(&reader, try Decoder(lengths: Array(lengths[..<literalCount])), try Decoder(lengths: Array(lengths[literalCount...])), &out)
            default:
                throw Failure(description: "reserved block type")
            }
        }
        return out
    }

    private static func symbols(_ reader: inout BitReader, _ literals: Decoder, _ distances: Decoder, _ out: inout [UInt8]) throws {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let code = symbol - 257
            guard code < 29 else { throw Failure(description: "bad length code") }
            let length = lengthBase[code] + (try reader.bits(lengthExtra[code]))
            let distanceCode = try distances.decode(&reader)
            guard distanceCode < 30 else { throw Failure(description: "bad distance code") }
            let distance = distanceBase[distanceCode] + (try reader.bits(distanceExtra[distanceCode]))
            guard distance <= out.count, distance <= 32_768 else { throw Failure(description: "distance \(distance) too far back") }
            for _ in 0..<length { out.append(out[out.count - distance]) }
        }
    }
}
