/// A canonical Huffman code of deflate (RFC 1951, 3.2.2): the code length of each symbol,
/// limited to a maximum, and the codes those lengths give, bit-reversed for writing least
/// significant bit first.
struct HuffmanCode {
    /// The length of each symbol's code in bits; 0 for a symbol that is never written.
    private(set) var lengths: [UInt8]
    /// Each symbol's code, bits reversed (deflate writes Huffman codes most significant bit
    /// first into a stream read least significant bit first).
    private(set) var codes: [UInt16]

    /// The code of `lengths` (canonical: shorter codes first, then by symbol).
    init(lengths: [UInt8]) {
        self.lengths = lengths
        codes = Self.canonicalCodes(lengths)
    }

    /// An optimal code for `frequencies` whose lengths do not pass `limit`; deterministic.
    /// At least two symbols get a code, so the code is complete for every decoder (deflate
    /// allows a code of one symbol, but not every decoder does).
    init(frequencies: [Int], limit: Int) {
        self.init(lengths: Self.lengths(frequencies, limit: limit))
    }

    /// The bits `frequencies` take with this code.
    func cost(_ frequencies: [Int]) -> Int {
        var total = 0
        for (frequency, length) in zip(frequencies, lengths) { total += frequency * Int(length) }
        return total
    }

    /// Huffman's lengths for `frequencies`; when one passes `limit`, the frequencies are
    /// flattened (halved, a used symbol staying used) and the code built again.
    static func lengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        // A complete code needs two symbols: add the first unused ones.
        var extra = 0
        while used.count < 2 && extra < frequencies.count {
            if frequencies[extra] == 0 { used.append(extra) }
            extra += 1
        }
        var weights = used.map { max(frequencies[$0], 1) }
        var result = [UInt8](repeating: 0, count: frequencies.count)
        guard used.count >= 2 else {
            for symbol in used { result[symbol] = 1 }
            return result
        }
        while true {
            let depths = treeDepths(weights, tieBreak: used)
            if depths.max()! <= limit {
                for (symbol, depth) in zip(used, depths) { result[symbol] = UInt8(depth) }
                return result
            }
            weights = weights.map { max(1, $0 >> 1) }
        }
    }

    /// The depth of each leaf of the Huffman tree of `weights`, ties broken by `tieBreak`
    /// (the symbols), with the two-queue method.
    private static func treeDepths(_ weights: [Int], tieBreak: [Int]) -> [Int] {
        let count = weights.count
        let order = (0..<count).sorted { (weights[$0], tieBreak[$0]) < (weights[$1], tieBreak[$1]) }
        // Nodes 0..<count are the leaves (in sorted order), count... the inner nodes.
        var weight = order.map { weights[$0] }
        var parent = [Int](repeating: -1, count: 2 * count - 1)
        weight.reserveCapacity(2 * count - 1)
        var leaf = 0
        var inner = count
        func smallest() -> Int {
            if leaf < count && (inner >= weight.count || weight[leaf] <= weight[inner]) {
                leaf += 1
                return leaf - 1
            }
            inner += 1
            return inner - 1
        }
        for _ in 0..<(count - 1) {
            let a = smallest()
            let b = smallest()
            parent[a] = weight.count
            parent[b] = weight.count
            weight.append(weight[a] + weight[b])
        }
        // Depths from the root (the last node) down.
        var depth = [Int](repeating: 0, count: 2 * count - 1)
        for node in stride(from: 2 * count - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        var result = [Int](repeating: 0, count: count)
        for (rank, index) in order.enumerated() { result[index] = depth[rank] }
        return result
    }

    /// RFC 1951, 3.2.2: codes of each length are consecutive, in symbol order.
    private static func canonicalCodes(_ lengths: [UInt8]) -> [UInt16] {
        let maximum = Int(lengths.max() ?? 0)
        var countOfLength = [Int](repeating: 0, count: maximum + 1)
        for length in lengths where length > 0 { countOfLength[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: maximum + 2)
        var code = 0
        if maximum > 0 {
            for bits in 1...maximum {
                code = (code + countOfLength[bits - 1]) << 1
                next[bits] = code
            }
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let value = next[Int(length)]
            next[Int(length)] += 1
            codes[symbol] = reversed(value, bits: Int(length))
        }
        return codes
    }

    private static func reversed(_ value: Int, bits: Int) -> UInt16 {
        var result = 0
        var rest = value
        for _ in 0..<bits {
            result = result << 1 | rest & 1
            rest >>= 1
        }
        return UInt16(result)
    }
}
