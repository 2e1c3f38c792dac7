import Foundation

/// The words of the theme's interface in one language (`themes/default/i18n/<lang>.yml`),
/// as the layout reads them (`{{t.skip_to_content}}`): the language's file over the
/// English one, key by key, and a site's own file over both (docs/languages.md).
struct InterfaceStrings: TemplateContext, Sendable {
    /// Every key of the default theme's English file, in its order.
    static let fields: [String] = (DefaultTheme.files["i18n/en.yml"] ?? "").split(separator: "\n").compactMap { line in
        guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
        return line[..<colon].trimmingCharacters(in: .whitespaces)
    }

    /// The strings by key.
    var strings: [String: String]
    /// The language they are in (a BCP 47 tag), for plural forms.
    var language = "en"

    /// The string of `key`, or the key itself when no file holds it.
    subscript(key: String) -> String { strings[key] ?? key }

    @inline(__always) func value(named name: String) -> TemplateValue? {
        strings[name].map(TemplateValue.string)
    }

    /// Reads a file of `key: "value"` lines (`#` comments, blank lines; quotes optional),
    /// or the line of the first line that is not one.
    static func parse(_ text: String) -> Result<[String: String], InterfaceStringsError> {
        var strings: [String: String] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(InterfaceStringsError(line: offset + 1, message: "expected 'key: \"text\"'"))
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            guard !key.isEmpty, !key.contains(" ") else {
                return .failure(InterfaceStringsError(line: offset + 1, message: "'\(key)' is not a key: use letters, digits and '_'"))
            }
            strings[key] = value
        }
        return .success(strings)
    }
}

/// A line of an interface strings file that is not `key: "text"`.
struct InterfaceStringsError: Error {
    var line: Int
    var message: String
}
