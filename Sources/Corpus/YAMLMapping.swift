import CYaml
import Diagnostics
import Yams

/// A YAML mapping read field by field, each read reporting what is wrong with file and line.
///
/// Every read marks the key as known; ``reportUnknownKeys(log:)`` then warns about the rest
/// (a misspelt `titel:` should not pass silently).
struct YAMLMapping {
    /// One value with the line it is on.
    struct Entry {
        var node: Node
        var line: Int
    }

    let path: String
    /// The line of the mapping itself (for "missing field" errors).
    let line: Int
    /// What to add to a line of the composed YAML to get the line in the file.
    let lineOffset: Int
    private(set) var entries: [(key: String, entry: Entry)]
    private var readKeys: Set<String> = []

    init(path: String, line: Int, lineOffset: Int, entries: [(key: String, entry: Entry)]) {
        self.path = path
        self.line = line
        self.lineOffset = lineOffset
        self.entries = entries
    }

    /// Composes `yaml` and checks that it is a mapping; `firstLine` is the file line of its first line.
    static func parse(_ yaml: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> YAMLMapping? {
        if let flat = flat(yaml, path: path, firstLine: firstLine) { return flat }
        guard let node = composeNode(yaml, path: path, firstLine: firstLine, log: &log) else {
            if yaml.allSatisfy(\.isWhitespace) {
                return YAMLMapping(path: path, line: firstLine, lineOffset: firstLine - 1, entries: [])
            }
            return nil
        }
        return mapping(node, path: path, firstLine: firstLine, what: "front matter", log: &log)
    }

    /// Composes `yaml` into a node, reporting syntax errors with their line.
    static func composeNode(_ yaml: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> Node? {
        // Yams hashes every key of a mapping to find duplicates, and an alias stands for a
        // copy of what it names: a key made of aliases of aliases is exponentially large
        // and hashing it never ends. No content file needs one: refuse it before composing.
        if let line = firstAliasInKey(yaml) {
            log.error(path, line: line + firstLine - 1, "invalid YAML: an alias ('*name') in a field name; write the name out instead of referring to an anchor ('&name')")
            return nil
        }
        do {
            // An explicit encoding: Yams otherwise reads the environment on every parse.
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            let (line, problem) = describe(error, in: yaml)
            log.error(path, line: line.map { $0 + firstLine - 1 } ?? firstLine, "invalid YAML: \(problem)")
            return nil
        } catch {
            log.error(path, line: firstLine, "invalid YAML: \(error)")
            return nil
        }
    }

    /// Reads `node` as a mapping of string keys, reporting anything else.
    static func mapping(_ node: Node, path: String, firstLine: Int, what: String, log: inout DiagnosticLog) -> YAMLMapping? {
        let line = (node.mark?.line ?? 1) + firstLine - 1
        guard let mapping = node.mapping else {
            log.error(path, line: line, "\(what) must be a set of 'field: value' lines")
            return nil
        }
        var entries: [(key: String, entry: Entry)] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            let keyLine = (key.mark?.line ?? 1) + firstLine - 1
            guard let name = key.string else {
                log.error(path, line: keyLine, "field names must be plain words")
                continue
            }
            if !seen.insert(name).inserted {
                log.error(path, line: keyLine, "field '\(name)' is given twice; keep one")
                continue
            }
            entries.append((name, Entry(node: value, line: keyLine)))
        }
        return YAMLMapping(path: path, line: line, lineOffset: firstLine - 1, entries: entries)
    }

    /// The line (from 1) of the first alias that is, or is inside, a mapping key, read from
    /// libyaml's events; `nil` when there is none, or when the YAML is invalid before one
    /// (composing then reports the error).
    static func firstAliasInKey(_ yaml: String) -> Int? {
        // A fast path: an alias needs a `*` (and keys made of them are very rare).
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        /// An open sequence or mapping: whether it is (inside) a key, and for a mapping
        /// whether its next child is a key.
        struct Collection {
            var isMapping: Bool
            var inKey: Bool
            var expectsKey = true
        }
        var copy = yaml
        return copy.withUTF8 { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base, bytes.count)
            var open: [Collection] = []
            /// Counts a finished child of the innermost collection (keys and values alternate).
            func childEnded() {
                if let last = open.indices.last, open[last].isMapping { open[last].expectsKey.toggle() }
            }
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let inKey = open.last.map { $0.inKey || ($0.isMapping && $0.expectsKey) } ?? false
                switch event.type {
                case YAML_ALIAS_EVENT:
                    if inKey { return Int(event.start_mark.line) + 1 }
                    childEnded()
                case YAML_SCALAR_EVENT:
                    childEnded()
                case YAML_SEQUENCE_START_EVENT:
                    open.append(Collection(isMapping: false, inKey: inKey))
                case YAML_MAPPING_START_EVENT:
                    open.append(Collection(isMapping: true, inKey: inKey))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    _ = open.popLast()
                    childEnded()
                case YAML_DOCUMENT_START_EVENT:
                    open = []
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return nil
                default:
                    break
                }
            }
            return nil
        }
    }

    private static func describe(_ error: YamlError, in yaml: String) -> (Int?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // An unclosed bracket or quote is found lines later: point at where it opened.
            guard let context else { return (mark.line, problem) }
            return (min(context.mark.line, mark.line), "\(problem) (\(context.text) that starts on this line)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams names the mapping; the line to fix is the field's second appearance.
            let lines = duplicates.first.map { Self.lines(of: $0, in: yaml) } ?? []
            guard lines.count > 1 else { return (context.mark.line, "duplicate field \(duplicates.joined(separator: ", "))") }
            return (lines[1], "duplicate field \(duplicates.joined(separator: ", ")) (first on line \(lines[0])); keep one of them")
        default:
            return (nil, "\(error)")
        }
    }

    /// The lines (from 1) where `key:` opens a line of `yaml`, at any indentation.
    private static func lines(of key: String, in yaml: String) -> [Int] {
        var result: [Int] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            let unquoted = trimmed.hasPrefix("\"") || trimmed.hasPrefix("'") ? trimmed.dropFirst() : trimmed
            guard unquoted.hasPrefix(key) else { continue }
            let after = unquoted.dropFirst(key.count).drop { $0 == "\"" || $0 == "'" || $0 == " " }
            if after.hasPrefix(":") { result.append(index + 1) }
        }
        return result
    }

    /// Marks `key` as read without reading it (a field another read explained).
    mutating func markRead(_ key: String) {
        readKeys.insert(key)
    }

    private mutating func entry(_ key: String) -> Entry? {
        readKeys.insert(key)
        return entries.first { $0.key == key }?.entry
    }

    /// The line of each field.
    var lines: [String: Int] {
        Dictionary(entries.map { ($0.key, $0.entry.line) }, uniquingKeysWith: { first, _ in first })
    }

    /// The line of `key`, or of the mapping when the key is absent.
    func lineOf(_ key: String) -> Int {
        entries.first { $0.key == key }?.entry.line ?? line
    }

    /// A string field; `nil` (and an error when `required`) when absent or empty.
    mutating func string(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> String? {
        guard let entry = entry(key) else {
            if required { log.error(path, line: line, "missing required field '\(key)'") }
            return nil
        }
        if entry.node.null != nil && entry.node.scalar?.style == .plain {
            if required { log.error(path, line: entry.line, "required field '\(key)' has no value; write one after '\(key):'") }
            return nil
        }
        guard let scalar = entry.node.scalar else {
            log.error(path, line: entry.line, "field '\(key)' must be a single value, not a list or a mapping")
            return nil
        }
        let value = Self.trimmed(scalar.string)
        if value.isEmpty {
            if required { log.error(path, line: entry.line, "required field '\(key)' is empty") }
            return nil
        }
        return value
    }

    /// `text` without the white space around it; as it is when it starts and ends with a
    /// visible ASCII character (most values: nothing to look up).
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A date field (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    mutating func date(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> PartialDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = PartialDate(text) else {
            log.error(path, line: lineOf(key), "invalid date '\(text)' in '\(key)': write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-11 or 2023-11-05)")
            return nil
        }
        return date
    }

    /// A boolean field.
    mutating func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let entry = entry(key) else { return nil }
        guard let value = entry.node.bool else {
            log.error(path, line: entry.line, "field '\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A field holding one of `allowed` values.
    mutating func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type, required: Bool = false, log: inout DiagnosticLog
    ) -> Value? where Value.RawValue == String {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).sorted().joined(separator: ", ")
            log.error(path, line: lineOf(key), "unknown \(key) '\(text)': use one of \(allowed)")
            return nil
        }
        return value
    }

    /// A field holding one string or a list of strings.
    mutating func strings(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> [String]? {
        guard let entry = entry(key) else {
            if required { log.error(path, line: line, "missing required field '\(key)'") }
            return nil
        }
        if entry.node.scalar != nil {
            return string(key, required: required, log: &log).map { [$0] }
        }
        guard let sequence = entry.node.sequence else {
            log.error(path, line: entry.line, "field '\(key)' must be a value or a list of values")
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                log.error(path, line: entry.line, "every item of '\(key)' must be a plain value")
                continue
            }
            values.append(text)
        }
        if values.isEmpty && required {
            log.error(path, line: entry.line, "required field '\(key)' is an empty list")
            return nil
        }
        return values
    }

    /// A list of mappings (`stances:`), each read with its own line.
    mutating func mappings(_ key: String, log: inout DiagnosticLog) -> [YAMLMapping] {
        guard let entry = entry(key) else { return [] }
        guard let sequence = entry.node.sequence else {
            log.error(path, line: entry.line, "field '\(key)' must be a list ('- ' items)")
            return []
        }
        return sequence.compactMap { item in
            YAMLMapping.mapping(item, path: path, firstLine: lineOffset + 1, what: "each item of '\(key)'", log: &log)
        }
    }

    /// A field holding a mapping of its own (`articles:` of a concordance entry).
    mutating func nestedMapping(_ key: String, log: inout DiagnosticLog) -> YAMLMapping? {
        guard let entry = entry(key) else { return nil }
        return YAMLMapping.mapping(entry.node, path: path, firstLine: lineOffset + 1, what: "field '\(key)'", log: &log)
    }

    /// Warns about every field no read asked for, suggesting the closest known one (or the
    /// one `aliases` gives, such as Hugo's names for the same setting).
    func reportUnknownKeys(known: [String], aliases: [String: String] = [:], log: inout DiagnosticLog) {
        for (key, entry) in entries where !readKeys.contains(key) {
            let hint = Self.suggestion(for: key, known: known, aliases: aliases).map { " (did you mean '\($0)'?)" } ?? ""
            log.warning(path, line: entry.line, "unknown field '\(key)'\(hint); known fields: \(known.joined(separator: ", "))")
        }
    }

    /// The known field an unknown `key` most likely means: its alias, the field it spells
    /// with other case or separators (`baseURL`, `base-url`), or the nearest by edit distance
    /// (at most 2 edits, or a third of the key's length).
    static func suggestion(for key: String, known: [String], aliases: [String: String]) -> String? {
        if let alias = aliases[key] ?? aliases[key.lowercased()] { return alias }
        func folded(_ text: String) -> String { text.lowercased().filter { $0 != "_" && $0 != "-" } }
        if let same = known.first(where: { folded($0) == folded(key) }) { return same }
        let limit = max(2, key.count / 3)
        return known.min { editDistance(key, $0) < editDistance(key, $1) }.flatMap { editDistance(key, $0) <= limit ? $0 : nil }
    }
}

/// Levenshtein distance, for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
