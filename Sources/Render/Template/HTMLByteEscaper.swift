/// Mustache's HTML escaping on bytes: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`,
/// `&gt;`, `&quot;` and `&#39;` (as `HTMLEscaping` of the Markdown module escapes them), the
/// runs between them copied at once.
enum HTMLByteEscaper {
    /// For each byte, 0 when it stays as it is, else 1 + the index of its replacement.
    private static let codes: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x26: 1
        case 0x3C: 2
        case 0x3E: 3
        case 0x22: 4
        case 0x27: 5
        default: 0
        }
    }

    private static let replacements: [[UInt8]] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }

    /// Appends `bytes`, escaped, to `out`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let replacements = Self.replacements
        codes.withUnsafeBufferPointer { codes in
            var start = 0
            for index in 0..<bytes.count {
                let code = codes[Int(bytes[index])]
                if code == 0 { continue }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                out.append(contentsOf: replacements[Int(code) - 1])
                start = index + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// Appends `text`, escaped, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }
}
