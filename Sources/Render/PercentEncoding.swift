import Markdown

/// Addresses percent-encoded for a template's `{{href}}`.
///
/// ``HTMLEscaping/escapeURL(_:)`` percent-encodes what a URL may not hold raw and then escapes
/// `&` and `'` for an attribute. This does the first half only and leaves `&` and `'` to the
/// template's HTML escaping, so `{{href}}` of the result writes exactly what `escapeURL` writes.
enum PercentEncoding {
    /// `url` with every byte that is not a letter, a digit, `&`, `'` or one of
    /// `-_.~!*();:@=+$,/?#[]%` written as `%XX`.
    static func encode(_ url: String) -> String {
        var url = url
        let clean = url.withUTF8 { bytes in kept.withUnsafeBufferPointer { kept in bytes.allSatisfy { kept[Int($0)] } } }
        if clean { return url }
        var out = ""
        out.reserveCapacity(url.utf8.count + 16)
        for byte in url.utf8 {
            if isKept(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%"
                out.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                out.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        kept[Int(byte)]
    }

    /// Whether each byte stays as it is: letters, digits and `-_.~!*();:@=+$,/?#[]%&'`.
    private static let kept: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.~!*();:@=+$,/?#[]%&'".utf8.contains(UInt8(byte))
        }
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)
}
