/// One piece of a compiled template: text to copy, a value to write, a section, or a partial.
enum TemplateNode: Sendable {
    /// Text copied as it is (UTF-8).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` and `{{&name}}` (not escaped).
    case variable(TemplateLookup, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
    case section(TemplateLookup, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`: the template `name` of the library (nothing when it holds none). A
    /// partial alone on its line has an `indentation` (its line's leading whitespace, maybe
    /// empty), which every line of the partial after the first gets.
    case partial(name: String, indentation: [UInt8]?)
}
