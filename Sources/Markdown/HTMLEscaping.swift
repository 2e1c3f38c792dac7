/// Escaping for text, attributes and URLs placed in HTML.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` so `text` is inert in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text`, escaped, to `out` (no copy when nothing needs escaping).
    public static func escape(_ text: String, into out: inout String) {
        // Native strings are contiguous UTF-8: scan and escape the bytes in tight loops (the
        // render stage escapes every text of every page).
        let escaped: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            codes.withUnsafeBufferPointer { codes -> String? in
                let lengths = lengths, replacementUTF8 = replacementUTF8
                var extra = 0
                for byte in bytes { extra &+= Int(lengths[Int(codes[Int(byte)])]) }
                guard extra > 0 else { return nil }
                return String(unsafeUninitializedCapacity: bytes.count + extra) { target in
                    var written = 0
                    for byte in bytes {
                        let code = codes[Int(byte)]
                        if code == 0 {
                            target[written] = byte
                            written += 1
                        } else {
                            for replacement in replacementUTF8[Int(code) - 1] {
                                target[written] = replacement
                                written += 1
                            }
                        }
                    }
                    return written
                }
            }
        }
        switch escaped {
        case .some(.some(let escaped)): out += escaped
        case .some(.none): out += text
        case .none: escapeByIndex(text, into: &out)
        }
    }

    /// ``escape(_:into:)`` for a string whose bytes are not contiguous (a bridged string).
    private static func escapeByIndex(_ text: String, into out: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { codes[Int($0)] != 0 }) else {
            out += text
            return
        }
        out.reserveCapacity(out.utf8.count + utf8.count + 16)
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let code = codes[Int(utf8[index])]
            if code != 0 {
                out += Substring(utf8[start..<index])
                out += replacements[Int(code) - 1]
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += Substring(utf8[start..<utf8.endIndex])
    }

    /// The bytes each code of ``codes`` adds: 0 for a byte kept, else its replacement's length less one.
    private static let lengths: [Int] = [0] + replacements.map { $0.utf8.count - 1 }
    /// ``replacements`` as UTF-8.
    static let replacementUTF8: [[UInt8]] = replacements.map { Array($0.utf8) }

    /// The characters escaped and what replaces them, the one place they are spelled.
    static let replacements = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]

    /// For each byte, 0 when it stays as it is, else 1 + the index of its replacement.
    static let codes: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x26: 1
        case 0x3C: 2
        case 0x3E: 3
        case 0x22: 4
        case 0x27: 5
        default: 0
        }
    }

    /// Percent-encodes what a URL may not hold raw and escapes it for an attribute.
    public static func escapeURL(_ url: String) -> String {
        var utf8 = url
        // One table look-up a byte (the render stage writes tens of thousands of links).
        return utf8.withUTF8 { bytes in
            urlCodes.withUnsafeBufferPointer { codes in
                // Most addresses need nothing: return them as they are.
                var extra = 0
                for byte in bytes { extra &+= Int(codes[Int(byte)]) }
                if extra == 0 { return url }
                return String(unsafeUninitializedCapacity: bytes.count + extra) { target in
                    var written = 0
                    for byte in bytes {
                        switch codes[Int(byte)] {
                        case 0:
                            target[written] = byte
                            written += 1
                        case 2:
                            target[written] = UInt8(ascii: "%")
                            target[written + 1] = hexUTF8[Int(byte >> 4)]
                            target[written + 2] = hexUTF8[Int(byte & 0x0F)]
                            written += 3
                        default:
                            for replacement in replacementUTF8[Int(byte == 0x26 ? 0 : 4)] {
                                target[written] = replacement
                                written += 1
                            }
                        }
                    }
                    return written
                }
            }
        }
    }

    /// For each byte, what ``escapeURL(_:)`` adds to it: 0 for a byte kept (a letter, a digit
    /// or one of `-_.~!*();:@=+$,/?#[]%`), 4 for `&` (`&amp;`), 4 for `'` (`&#39;`), 2 for
    /// any other (`%XX`).
    private static let urlCodes: [UInt8] = (0..<256).map { byte in
        let byte = UInt8(byte)
        if byte == 0x26 || byte == 0x27 { return 4 }
        if isAlphanumeric(byte) || "-_.~!*();:@=+$,/?#[]%".utf8.contains(byte) { return 0 }
        return 2
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    private static let hexUTF8: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Whether a link or image destination is safe to emit: `javascript:`, `vbscript:`,
    /// `file:` and `data:` (but for raster images) are refused, whatever their case or
    /// the whitespace and control characters hidden inside the scheme.
    public static func isSafeURL(_ url: String) -> Bool {
        // Browsers ignore ASCII tab/newline anywhere and leading control characters and spaces.
        let folded = String(
            String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        ).lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where folded.hasPrefix(scheme) {
            return false
        }
        if folded.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { folded.hasPrefix($0) }
        }
        return true
    }
}
