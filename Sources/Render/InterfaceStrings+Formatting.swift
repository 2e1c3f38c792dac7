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
        let filled = html ? Self.fillHTML(text, values) : Self.fill(text, values)
        return filled.replacingOccurrences(of: "{n}", with: String(n))
    }

    /// `text` with each `{name}` replaced by its value escaped for HTML.
    static func fillHTML(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        values.reduce(text) { result, pair in
            var bytes: [UInt8] = []
            HTMLEscaping.escape(pair.value, into: &bytes)
            return result.replacingOccurrences(of: "{\(pair.key)}", with: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// `text` with each `{name}` replaced by its value.
    static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
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
