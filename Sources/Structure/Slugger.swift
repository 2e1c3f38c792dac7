/// Makes heading ids: Unicode-aware slugs, deduplicated within a document with `-2`, `-3`.
///
/// Slugs hold only letters, digits (of any script) and `-`, so they never collide with the
/// `p_N` and `art_N` anchors, which hold `_`.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of `text` alone, without deduplication.
    public static func slug(_ text: String) -> String {
        asciiSlug(text) ?? unicodeSlug(text)
    }

    /// ``slug(_:)`` of any text, character by character.
    static func unicodeSlug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else if character.isWhitespace || character == "-" || character == "_" || character == "/" {
                pendingDash = true
            }
        }
        return out
    }

    /// ``slug(_:)`` of ASCII text, byte by byte (the same slug: in ASCII, letters are `A`–`Z`
    /// and `a`–`z`, numbers `0`–`9`, whitespace tab to carriage return and space); `nil` for
    /// other text. Most headings are ASCII, and every heading of a large record is slugged.
    static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
            case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"):
                pendingDash = true
            case 0x80...:
                return nil
            default:
                break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A slug of `text` not handed out before by this slugger; `section` when `text` has no letters.
    public mutating func unique(_ text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var count = max(used[base, default: 0], 1)
        while used[candidate] != nil {
            count += 1
            candidate = "\(base)-\(count)"
        }
        used[base] = count
        used[candidate] = used[candidate] ?? 1
        return candidate
    }
}
