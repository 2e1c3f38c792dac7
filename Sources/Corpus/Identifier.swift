/// Rules for ids: the file names that become URLs (`zero-draft`, `gi-toc`).
public enum Identifier {
    /// Whether `text` is an id: lowercase ASCII letters, digits and `-`, not starting or ending with `-`.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }

    /// A valid id close to `text`, to suggest in an error message.
    public static func suggestion(for text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "my-id" : out
    }

    /// The id of `known` closest to a misspelt `text` (at most three edits away), for a
    /// "did you mean" hint; ties go to the first in sorted order.
    public static func closest<Known: Sequence<String>>(to text: String, in known: Known) -> String? {
        let best = known.sorted().min { editDistance(text, $0) < editDistance(text, $1) }
        return best.flatMap { editDistance(text, $0) <= 3 ? $0 : nil }
    }
}
