/// Makes heading ids: Unicode-aware slugs, deduplicated within a document with `-2`, `-3`.
///
/// Slugs hold only letters, digits (of any script) and `-`, so they never collide with the
/// `p_N` and `art_N` anchors, which hold `_`.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of `text` alone, without deduplication.
    public static func slug(_ text: String) -> String {
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
