/// Deflate (RFC 1951), the compression of gzip, written here so that the index needs no
/// library and gives the same bytes on every machine: LZ77 over a 32 KB window (hash chains
/// of 4-byte prefixes, the longest match taken at once), then each block of symbols written
/// with the cheapest of its own Huffman codes, the fixed codes or no compression. On the
/// index's files it comes within 3% of `gzip -9`'s size, several times faster.
enum Deflate {
    /// How far back a match may reach.
    static let window = 32_768
    static let minimumMatch = 4
    static let maximumMatch = 258
    /// Symbols (literals and matches) per block.
    static let blockSymbols = 16_384
    /// Candidates tried per position, and the match length that ends the search early.
    static let maximumChain = 8
    static let niceLength = 32
    /// Matches this long leave the positions inside them out of the hash chains (as zlib's
    /// fast levels do).
    static let skipLength = 32

    private static let hashBits = 14

    /// `input`, deflated as one final block or more.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter(capacity: input.count / 3 + 64)
        input.withUnsafeBufferPointer { compress($0, into: &writer) }
        writer.flush()
        return writer.bytes
    }

    /// Writes the deflate stream of `input` to `writer` (not flushed).
    static func compress(_ input: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter) {
        var blocks = DeflateBlock()
        let n = input.count
        guard n >= minimumMatch, let base = input.baseAddress else {
            for byte in input { blocks.literal(byte) }
            blocks.write(input, from: 0, to: n, final: true, into: &writer)
            return
        }
        // The last position of each hash, and for each position of the window the distance
        // back to the one before it with the same hash (0: none within the window).
        let head = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashBits)
        head.initialize(repeating: -1, count: 1 << hashBits)
        let previous = UnsafeMutablePointer<UInt16>.allocate(capacity: window)
        defer {
            head.deallocate()
            previous.deallocate()
        }
        let mask = window - 1
        // Positions from which 4 bytes can be read are hashed; the rest are only literals.
        let lastHashed = n - minimumMatch
        var nextInsert = 0
        @inline(__always)
        func hash(_ p: Int) -> Int {
            Int((UnsafeRawPointer(base + p).loadUnaligned(as: UInt32.self) &* 2_654_435_761) >> UInt32(32 - hashBits))
        }
        @inline(__always)
        func insert(upTo end: Int) {
            let stop = min(end, lastHashed + 1)
            while nextInsert < stop {
                let h = hash(nextInsert)
                let before = Int(head[h])
                previous[nextInsert & mask] = before >= 0 && nextInsert - before < window ? UInt16(nextInsert - before) : 0
                head[h] = Int32(nextInsert)
                nextInsert += 1
            }
        }
        /// The longest match for position `p` (all positions before it inserted), then `p` inserted.
        func longestMatch(_ p: Int) -> (length: Int, distance: Int) {
            guard p <= lastHashed else { return (0, 0) }
            insert(upTo: p)
            let limit = min(maximumMatch, n - p)
            var best = minimumMatch - 1
            var distance = 0
            var candidate = Int(head[hash(p)])
            var chain = maximumChain
            let first = UnsafeRawPointer(base + p).loadUnaligned(as: UInt32.self)
            while candidate >= 0 && p - candidate < window && chain > 0 {
                if base[candidate + best] == base[p + best]
                    && UnsafeRawPointer(base + candidate).loadUnaligned(as: UInt32.self) == first {
                    let length = matchLength(base + candidate, base + p, limit)
                    if length > best {
                        best = length
                        distance = p - candidate
                        if length >= niceLength || length == limit { break }
                    }
                }
                let step = Int(previous[candidate & mask])
                if step == 0 { break }
                candidate -= step
                chain -= 1
            }
            insert(upTo: p + 1)
            return best >= minimumMatch ? (best, distance) : (0, 0)
        }

        var blockStart = 0
        var finished = false
        var i = 0
        while i < n {
            let (length, distance) = longestMatch(i)
            if length == 0 {
                blocks.literal(base[i])
                i += 1
            } else {
                blocks.match(length: length, distance: distance)
                i += length
                // The positions inside a long match are not worth hashing (zlib's fast levels).
                if length >= skipLength { nextInsert = max(nextInsert, i - 2) }
                insert(upTo: i)
            }
            if blocks.isFull {
                finished = i >= n
                blocks.write(input, from: blockStart, to: i, final: finished, into: &writer)
                blockStart = i
            }
        }
        if !finished { blocks.write(input, from: blockStart, to: n, final: true, into: &writer) }
    }

    /// The number of equal bytes at `a` and `b`, at most `limit`.
    @inline(__always)
    private static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ limit: Int) -> Int {
        var k = 0
        while k + 8 <= limit {
            let x = UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self)
            if x != 0 { return k + x.trailingZeroBitCount >> 3 }
            k += 8
        }
        while k < limit && a[k] == b[k] { k += 1 }
        return k
    }
}

extension Deflate {
    /// Bits written least significant first, as deflate packs them, into a buffer that grows.
    ///
    /// A noncopyable value owning its buffer, passed `inout`: its fields are checked for
    /// exclusive access when compiled, not on every bit written as a class's would be.
    struct BitWriter: ~Copyable {
        private var storage: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private(set) var count = 0
        private var buffer: UInt64 = 0
        private var bits = 0

        init(capacity: Int = 0) {
            self.capacity = max(capacity, 64)
            storage = .allocate(capacity: self.capacity)
        }

        deinit {
            storage.deallocate()
        }

        /// The bytes written (call ``flush()`` first).
        var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

        private mutating func reserve(_ more: Int) {
            guard count + more > capacity else { return }
            let grown = max(capacity * 2, count + more)
            let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            new.update(from: storage, count: count)
            storage.deallocate()
            storage = new
            capacity = grown
        }

        /// Appends the low `count` bits of `value` (at most 32).
        @inline(__always)
        mutating func write(_ value: UInt32, _ count: Int) {
            buffer |= UInt64(value) << UInt64(bits)
            bits += count
            if bits >= 32 {
                reserve(4)
                UnsafeMutableRawPointer(storage + self.count).storeBytes(of: UInt32(truncatingIfNeeded: buffer).littleEndian, as: UInt32.self)
                self.count += 4
                buffer >>= 32
                bits -= 32
            }
        }

        /// Pads to a whole byte with zero bits, and writes them.
        mutating func align() {
            reserve(8)
            while bits > 0 {
                storage[count] = UInt8(truncatingIfNeeded: buffer)
                count += 1
                buffer >>= 8
                bits = max(0, bits - 8)
            }
            buffer = 0
        }

        /// Writes the bits left (padded to a byte).
        mutating func flush() { align() }

        /// Appends whole bytes (after ``align()``).
        mutating func append(_ data: UnsafeBufferPointer<UInt8>) {
            precondition(bits == 0, "bytes are appended at a byte boundary")
            reserve(data.count)
            if let base = data.baseAddress { (storage + count).update(from: base, count: data.count) }
            count += data.count
        }
    }
}
