/// gzip (RFC 1952) around ``Deflate``: the files of the index are stored compressed, as
/// Pagefind stores its own, and the client inflates them (`DecompressionStream`). The header
/// names no file and no time, so the same bytes in give the same bytes out.
enum Gzip {
    /// `input` as a gzip member.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = Deflate.BitWriter(capacity: input.count / 3 + 64)
        // ID1 ID2, deflate, no flags, no time, no extra flags, OS unknown.
        for byte: UInt8 in [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] { writer.write(UInt32(byte), 8) }
        input.withUnsafeBufferPointer { Deflate.compress($0, into: &writer) }
        writer.align()
        writer.write(crc32(input), 32)
        writer.write(UInt32(truncatingIfNeeded: input.count), 32)
        writer.flush()
        return writer.bytes
    }

    /// Whether `data` starts as a gzip member does.
    static func isCompressed(_ data: some Collection<UInt8>) -> Bool {
        data.starts(with: [0x1F, 0x8B])
    }

    /// The CRC-32 of gzip and zip (reflected, polynomial 0xEDB88320), eight bytes a step.
    static func crc32(_ input: [UInt8]) -> UInt32 {
        input.withUnsafeBufferPointer { bytes in
            crcTable.withUnsafeBufferPointer { table in
                var crc: UInt32 = 0xFFFF_FFFF
                var i = 0
                let n = bytes.count
                while i + 8 <= n {
                    let low = crc ^ (UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
                    crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int(low >> 8 & 0xFF)]
                        ^ table[5 * 256 + Int(low >> 16 & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                        ^ table[3 * 256 + Int(bytes[i + 4])] ^ table[2 * 256 + Int(bytes[i + 5])]
                        ^ table[256 + Int(bytes[i + 6])] ^ table[Int(bytes[i + 7])]
                    i += 8
                }
                while i < n {
                    crc = table[Int((crc ^ UInt32(bytes[i])) & 0xFF)] ^ crc >> 8
                    i += 1
                }
                return ~crc
            }
        }
    }

    /// Slicing-by-8 tables: `table[k * 256 + b]` is the CRC of byte `b` followed by `k` zero bytes.
    private static let crcTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for b in 0..<256 {
            var c = UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ c >> 1 : c >> 1 }
            table[b] = c
        }
        for k in 1..<8 {
            for b in 0..<256 {
                let previous = table[(k - 1) * 256 + b]
                table[k * 256 + b] = table[Int(previous & 0xFF)] ^ previous >> 8
            }
        }
        return table
    }()
}
