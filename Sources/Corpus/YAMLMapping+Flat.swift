import Yams

extension YAMLMapping {
    /// `yaml` read without libyaml when it is a flat block of `field: value` lines, each value
    /// quoted (`"..."`, `'...'`) or a plain word or phrase; `nil` when it is anything else
    /// (lists, nested fields, comments, escapes, an empty value, a field given twice), which
    /// ``parse(_:path:firstLine:log:)`` then gives to Yams.
    ///
    /// Most content files have such a front matter, and composing it with Yams costs about
    /// half a million instructions a file (its tags are resolved by regular expressions). The
    /// fields this reads are the ones Yams composes from the same text: the same strings,
    /// styles and tags (`str`), on the same lines (`YAMLMappingFlatTests` holds them side by
    /// side). Whatever this is unsure of, Yams reads.
    static func flat(_ yaml: String, path: String, firstLine: Int) -> YAMLMapping? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLMapping? in
            var entries: [(key: String, entry: Entry)] = []
            var keys: Set<String> = []
            var mappingLine: Int?
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                defer { start = end + 1 }
                if start == end { continue }
                guard let (key, value) = field(bytes, start, end), keys.insert(key).inserted else { return nil }
                let line = lineNumber + firstLine - 1
                mappingLine = mappingLine ?? line
                entries.append((key, Entry(node: .scalar(value), line: line)))
            }
            guard let mappingLine else { return nil }
            return YAMLMapping(path: path, line: mappingLine, lineOffset: firstLine - 1, entries: entries)
        }
    }

    /// The field on the line `bytes[start..<end]`: a name of ASCII letters, digits, `_` and
    /// `-` (a letter first) at the start of the line, `:`, spaces, and a value ``value(_:_:_:)``
    /// reads; `nil` otherwise.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Node.Scalar)? {
        guard isLetter(bytes[start]) else { return nil }
        var colon = start + 1
        while colon < end, isLetter(bytes[colon]) || isDigit(bytes[colon]) || bytes[colon] == UInt8(ascii: "_") || bytes[colon] == UInt8(ascii: "-") {
            colon += 1
        }
        guard colon + 1 < end, bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == UInt8(ascii: " ") else { return nil }
        var valueStart = colon + 2
        while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: " ") { valueEnd -= 1 }
        guard valueStart < valueEnd, let value = value(bytes, valueStart, valueEnd) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self)
        return (key, value)
    }

    /// The value `bytes[start..<end]` (not empty, no spaces around it) as Yams composes it,
    /// when it is one of three forms:
    /// - `"text"` with no `"` or `\` in the text, or `'text'` with no `'`: the text, a string;
    /// - a plain phrase: an ASCII letter, then letters, digits, spaces, `_`, `-`, `.` and `/`,
    ///   but not one of the words YAML reads as true, false or null: the phrase, a string.
    ///
    /// `nil` for anything else, and for quoted text with a character YAML does not take as
    /// it is (a control character, a line or paragraph separator, a byte order mark).
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Node.Scalar? {
        let first = bytes[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard end - start >= 2, bytes[end - 1] == first else { return nil }
            let text = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
            guard !text.contains(first), !text.contains(UInt8(ascii: "\\")), isVerbatim(text) else { return nil }
            return Node.Scalar(String(decoding: text, as: UTF8.self), Tag(.str), first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted)
        }
        guard isLetter(first) else { return nil }
        for index in start..<end {
            let byte = bytes[index]
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard !notStrings.contains(text) else { return nil }
        return Node.Scalar(text, Tag(.str), .plain)
    }

    /// The plain words Yams reads as a boolean or as null (its resolver's rules); every other
    /// plain phrase starting with a letter is a string.
    private static let notStrings: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// Whether quoted `text` stands for itself in YAML: no control character (below a space,
    /// or DEL, or C1), no line or paragraph separator (U+2028, U+2029), no byte order mark
    /// and no U+FFFE or U+FFFF.
    private static func isVerbatim(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < text.count, text[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0xA8 || text[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < text.count,
               (text[index + 1] == 0xBB && text[index + 2] == 0xBF) || (text[index + 1] == 0xBF && text[index + 2] >= 0xBE) {
                return false
            }
            index += 1
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
