/// The number encoding of postings and facet runs (docs/search.md, "Numbers: v32"): base 32,
/// most significant digit first, every digit but the last from the upper half of a 64
/// character alphabet, so each number ends itself and the string needs no JSON escape.
enum V32 {
    static let alphabet = Array(digits.utf8Start.withMemoryRebound(to: UInt8.self, capacity: 64) { UnsafeBufferPointer(start: $0, count: 64) })

    /// The alphabet as a constant of the binary: reading it costs no lazy global's check.
    private static let digits: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

    /// Appends `value` (not negative) to `out`.
    @inline(__always)
    static func append(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0, "v32 encodes non-negative numbers")
        if value < 32 {
            out.append(digits.utf8Start[value])
            return
        }
        var at = out.count
        out.append(contentsOf: repeatElement(0, count: length(of: value)))
        out.withUnsafeMutableBufferPointer { write(value, to: $0, at: &at) }
    }

    /// Writes `value` (not negative) at `out[at]` and on, advancing `at`.
    @inline(__always)
    static func write(_ value: Int, to out: UnsafeMutableBufferPointer<UInt8>, at: inout Int) {
        precondition(value >= 0, "v32 encodes non-negative numbers")
        let alphabet = digits.utf8Start
        let count = length(of: value)
        for digit in stride(from: count - 1, through: 1, by: -1) {
            out[at] = alphabet[32 + (value >> (5 * digit)) & 31]
            at += 1
        }
        out[at] = alphabet[value & 31]
        at += 1
    }

    /// How many digits `value` (not negative) takes: one per five bits, at least one.
    @inline(__always)
    static func length(of value: Int) -> Int {
        var count = 1
        var rest = value >> 5
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
    }

    /// The digit of `value` (below 32) that ends a number.
    @inline(__always)
    static func lastDigit(_ value: Int) -> UInt8 {
        digits.utf8Start[value]
    }
}
