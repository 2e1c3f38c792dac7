/// Writes JSON as bytes, straight into the buffer of a file: strings escaped so that author
/// text can never end a string, a script or an attribute (quote, backslash, `<`, `>`, `&`,
/// `'`, control characters, U+2028 and U+2029). The one spelling of these rules:
/// ``ScriptString/literal(_:)`` writes through it.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw JSON (punctuation, numbers, an already escaped string).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func raw(_ byte: UInt8) {
        bytes.append(byte)
    }

    public mutating func raw(_ other: some Sequence<UInt8>) {
        bytes.append(contentsOf: other)
    }

    public mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as a JSON string literal.
    public mutating func string(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { string($0) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { string($0) } }
    }

    /// Appends UTF-8 `text` as a JSON string literal.
    public mutating func string(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        stringContents(text)
        bytes.append(0x22)
    }

    /// Appends `text` escaped as inside a JSON string literal, without the quotes.
    public mutating func stringContents(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { stringContents($0) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { stringContents($0) } }
    }

    /// Appends UTF-8 `text` escaped as inside a JSON string literal, without the quotes.
    public mutating func stringContents(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var i = 0
        let n = text.count
        // "1" for the bytes that may need an escape (0xE2 starts U+2028 and U+2029).
        let care = Self.care.utf8Start
        while i < n {
            let byte = text[i]
            if care[Int(byte)] == 0x30 {
                i += 1
                continue
            }
            if byte == 0xE2 && !(i + 2 < n && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9)) {
                i += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<i]))
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0xE2:
                unicodeEscape(text[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 2
            default: unicodeEscape(UInt32(byte))
            }
            i += 1
            start = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<n]))
    }

    /// For each byte value, "1" when the byte may need an escape: control characters, `"`,
    /// `&`, `'`, `<`, `>`, `\\`, and 0xE2.
    private static let care: StaticString = """
        11111111111111111111111111111111001000110000000000000000000010100000000000000000000000000000100000000000000000000000000000000000\
        00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000
        """

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        bytes += [0x5C, 0x75]
        hex.withUTF8Buffer { digits in
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
        }
    }
}
