import Markdown

extension InterfaceStrings {
    /// The string of `key` with each `{name}` replaced by its value: `{n}` in
    /// `across_drafts`, `{instrument}` in `record_of`.
    func format(_ key: String, _ values: KeyValuePairs<String, String>) -> String {
        Self.fill(self[key], values)
    }

    /// The string of `key`, HTML from the theme, with each `{name}` replaced by its value
    /// escaped for HTML: a lead paragraph with links (`<a href="{matrix_href}">`).
    func html(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        Self.fillHTML(self[key], values)
    }

    /// `n` and the noun of `key` in the plural form the language uses for it ("3 passages",
    /// "3 пункта", "11 فقرة"): the string of `key_<category>` (CLDR's `one`, `few`, `many`,
    /// ...), else of `key_other`, with `{n}` replaced by the number.
    /// With `values`, each `{name}` is replaced too (escaped for HTML when `html`: the
    /// string is then HTML from the theme).
    func count(_ key: String, _ n: Int, _ values: KeyValuePairs<String, String> = [:], html: Bool = false) -> String {
        let category = PluralCategory.of(n, in: language)
        let text = strings["\(key)_\(category.rawValue)"] ?? strings["\(key)_other"] ?? "\(n) \(key)"
        let number = LocalizedNumber.display(n, in: language)
        return Self.substitute(text) { name in
            if name == "n" { return number }
            guard let value = Self.value(of: name, in: values) else { return nil }
            return html ? HTMLEscaping.escape(value) : value
        }
    }

    /// `text` with each `{name}` replaced by its value escaped for HTML.
    static func fillHTML(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        substitute(text) { name in value(of: name, in: values).map(HTMLEscaping.escape) }
    }

    /// `text` with each `{name}` replaced by its value.
    static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        substitute(text) { name in value(of: name, in: values) }
    }

    /// The value of `{name}` among `values`.
    private static func value(of name: Substring, in values: KeyValuePairs<String, String>) -> String? {
        values.first { $0.key.utf8.elementsEqual(name.utf8) }?.value
    }

    /// `text` with each `{name}` that `value` knows replaced, in one pass (a value is never
    /// read again for names, and a brace nothing fills is kept): the render stage fills
    /// tens of thousands of counts and labels.
    static func substitute(_ text: String, _ value: (Substring) -> String?) -> String {
        let utf8 = text.utf8
        guard var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var out = ""
        var literalStart = utf8.startIndex
        while true {
            let afterOpen = utf8.index(after: open)
            guard let close = utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else { break }
            var searchFrom = afterOpen
            if let filled = value(text[afterOpen..<close]) {
                out += text[literalStart..<open]
                out += filled
                literalStart = utf8.index(after: close)
                searchFrom = literalStart
            }
            guard let next = utf8[searchFrom...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        out += text[literalStart...]
        return out
    }

    /// The parts of the string of `key` before and after its one `{name}`, for a string
    /// filled once per passage (`Link to paragraph {number}`); `nil` when it has not exactly one.
    func around(_ key: String, _ name: String) -> (before: String, after: String)? {
        let parts = self[key].components(separatedBy: "{\(name)}")
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
}

extension InterfaceStrings {
    /// The strings the theme's scripts show (the keys `js_...`, without the prefix) and the
    /// language, as a JSON object safe inside `<script type="application/json">`:
    /// `{"lang":"fr","copied":"Copié",...}`, keys sorted.
    var scriptJSON: String {
        var json = JSONWriter()
        json.raw("{\"lang\":")
        json.string(language)
        for key in strings.keys.sorted() where key.hasPrefix("js_") {
            json.raw(",")
            json.string(String(key.dropFirst(3)))
            json.raw(":")
            json.string(strings[key] ?? "")
        }
        json.raw("}")
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// Whether the scripts' strings are other than their built-in English ones (an English
    /// page of the default theme needs no `travaux-strings` and stays as it was).
    func scriptStringsDiffer(from english: InterfaceStrings) -> Bool {
        language != "en" || strings.contains { $0.key.hasPrefix("js_") && english.strings[$0.key] != $0.value }
    }
}
