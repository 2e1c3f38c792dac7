/// The number encoding of postings and facet runs (docs/search.md, "Numbers: v32"): base 32,
/// most significant digit first, every digit but the last from the upper half of a 64
/// character alphabet, so each number ends itself and the string needs no JSON escape.
enum V32 {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// Appends `value` (not negative) to `out`.
    static func append(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0, "v32 encodes non-negative numbers")
        var digits = 1
        var rest = value >> 5
        while rest > 0 {
            digits += 1
            rest >>= 5
        }
        for digit in stride(from: digits - 1, through: 1, by: -1) {
            out.append(alphabet[32 + (value >> (5 * digit)) & 31])
        }
        out.append(alphabet[value & 31])
    }
}
