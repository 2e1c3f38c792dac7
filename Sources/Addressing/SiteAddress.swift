/// An address of the site as `content/redirects.yml` and `content/anchors.lock` hold it: a
/// folder path from the site root, ending in `/`, with an optional `#fragment`.
///
/// ``normalize(_:)`` checks an address an author wrote and gives its one spelling: `//`
/// collapsed, `.` and `..` applied, percent-escapes decoded. Only paths the site could publish
/// pass: no query string, no other host, no file name, no character a page's folder cannot
/// have. Every page of the site is a folder, so a redirect page is always `<path>index.html`.
public enum SiteAddress {
    /// Why an address is not one the site could publish.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case notFromRoot(String)
        case otherHost(String)
        case queryString(String, path: String)
        case badEscape(String)
        case badCharacter(String, Character)
        case aboveRoot(String)
        case notAFolder(String, suggestion: String)
        case emptyFragment(String)

        public var description: String {
            switch self {
            case .notFromRoot(let address):
                "'\(address)' is not a site address: write a path from the site root, such as /positions/old-id/ or /drafts/zero-draft/#art_24"
            case .otherHost(let address):
                "'\(address)' starts with '//', which names another host; redirects lead from and to this site's own pages: write a path with one leading '/'"
            case .queryString(let address, let path):
                "'\(address)' has a query string: a static site cannot tell addresses apart by what follows '?'; write the path alone, '\(path)'"
            case .badEscape(let address):
                "'\(address)' has a '%' that is not a percent-escape of UTF-8 text (such as %C3%A9); write the characters themselves"
            case .badCharacter(let address, let character):
                "'\(address)' holds \(Self.name(character)), which no page's address can have; use letters, digits, '-', '_', '.' and '~'"
            case .aboveRoot(let address):
                "'\(address)' goes above the site root with '..'; write the path from the site root"
            case .notAFolder(let address, let suggestion):
                "'\(address)' does not end with '/': every page of the site is a folder; write '\(suggestion)'"
            case .emptyFragment(let address):
                "'\(address)' ends with an empty '#'; name the anchor after it, or remove the '#'"
            }
        }

        private static func name(_ character: Character) -> String {
            let scalar = character.unicodeScalars.first?.value ?? 0
            if scalar < 0x20 || scalar == 0x7F || character.isWhitespace {
                return "a space or control character (U+\(String(scalar, radix: 16, uppercase: true)))"
            }
            return "'\(character)'"
        }
    }

    /// The one spelling of `address`, or why the site could not publish it.
    public static func normalize(_ address: String) -> Result<String, Problem> {
        let parts = address.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let rawPath = String(parts[0])
        guard rawPath.hasPrefix("/") else { return .failure(.notFromRoot(address)) }
        if rawPath.hasPrefix("//") { return .failure(.otherHost(address)) }
        if let query = rawPath.firstIndex(of: "?") {
            let path = String(rawPath[..<query])
            return .failure(.queryString(address, path: path.hasSuffix("/") ? path : path + "/"))
        }
        guard let path = percentDecoded(rawPath) else { return .failure(.badEscape(address)) }
        var segments: [String] = []
        let rawSegments = path.split(separator: "/", omittingEmptySubsequences: false)
        for segment in rawSegments {
            switch segment {
            case "", ".": continue
            case "..":
                guard !segments.isEmpty else { return .failure(.aboveRoot(address)) }
                segments.removeLast()
            default:
                if let bad = segment.first(where: { !isFolderCharacter($0) }) {
                    return .failure(.badCharacter(address, bad))
                }
                segments.append(String(segment))
            }
        }
        let last = rawSegments.last ?? ""
        let folder = segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
        guard last.isEmpty || last == "." || last == ".." else {
            return .failure(.notAFolder(address, suggestion: folder + (parts.count > 1 ? "#" + parts[1] : "")))
        }
        guard parts.count > 1 else { return .success(folder) }
        guard let fragment = percentDecoded(String(parts[1])) else { return .failure(.badEscape(address)) }
        guard !fragment.isEmpty else { return .failure(.emptyFragment(address)) }
        if let bad = fragment.first(where: { $0.isWhitespace || $0 == "#" || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }) {
            return .failure(.badCharacter(address, bad))
        }
        return .success(folder + "#" + fragment)
    }

    /// Letters and digits of any script, and `-`, `_`, `.`, `~`: what a folder of the site is named with.
    static func isFolderCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_" || character == "." || character == "~"
    }

    /// `text` with its `%XX` escapes decoded, or `nil` when an escape is malformed or the
    /// bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
