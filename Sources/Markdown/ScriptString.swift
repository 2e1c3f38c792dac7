/// String literals for JSON and JavaScript that stay inert inside an HTML page.
public enum ScriptString {
    /// `text` as a double-quoted JSON string (also a JavaScript string), with `<`, `>`, `&`,
    /// `'`, control characters and the JavaScript line separators escaped, so it can sit
    /// inside a `<script>` element or an HTML attribute.
    public static func literal(_ text: String) -> String {
        var json = JSONWriter(capacity: text.utf8.count + 2)
        json.string(text)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
