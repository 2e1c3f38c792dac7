/// The distinct terms met so far, each numbered in the order it was first met, kept as
/// UTF-8 bytes in one buffer: looking a word up makes no string and hashes its bytes once.
struct TermTable: Sendable {
    /// Every term's bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each term starts in `bytes`; one more entry than terms, the last the end.
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: a term's number + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    /// The number of `term`, added when it is new.
    mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let number = Int(entry - 1)
            if hashes[number] == hash && equals(number, term) { return Int32(number) }
            slot = (slot + 1) & mask
        }
        let number = Int32(count)
        slots[slot] = number + 1
        hashes.append(hash)
        bytes.append(contentsOf: term)
        starts.append(Int32(bytes.count))
        if count * 2 > mask { grow() }
        return number
    }

    /// The number of `term`, or `nil` when it is not in the table.
    func find(_ term: String) -> Int32? {
        Array(term.utf8).withUnsafeBufferPointer { term in
            let hash = Self.hash(term)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let number = Int(slots[slot] - 1)
                if hashes[number] == hash && equals(number, term) { return Int32(number) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The number of `term`, added when it is new.
    mutating func number(of term: String) -> Int32 {
        var term = term
        return term.withUTF8 { number(of: $0) }
    }

    /// The bytes of term `number`.
    func term(_ number: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[number])..<Int(starts[number + 1])]
    }

    /// Term `number` as a string.
    func string(_ number: Int) -> String {
        String(decoding: term(number), as: UTF8.self)
    }

    private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number])
        guard Int(starts[number + 1]) - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var i = 0
            while i < term.count {
                if stored[start + i] != term[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// A fast mix of the bytes (8 at a time); not for untrusted keys of a server, enough for
    /// the words of one build.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i < bytes.count {
            var chunk: UInt64 = 0
            var k = 0
            while k < 8 && i + k < bytes.count {
                chunk |= UInt64(bytes[i + k]) << (8 * UInt64(k))
                k += 1
            }
            h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 32)
    }
}
