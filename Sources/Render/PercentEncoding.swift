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
        if url.utf8.allSatisfy(isKept) { return url }
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
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            keptPunctuation.contains(byte)
        }
    }

    private static let keptPunctuation: Set<UInt8> = Set("-_.~!*();:@=+$,/?#[]%&'".utf8)
    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)
}
