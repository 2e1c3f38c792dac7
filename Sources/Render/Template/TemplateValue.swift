/// What a name means to a template: the value of a context's field, found without `Any`
/// or casts.
///
/// Mustache's truthiness, as the templates have always had it: `false`, ``absent`` and an
/// empty list hide a section; text (even empty) and numbers (even zero) show it once, with
/// the value pushed as the current context (`{{.}}`); `true` shows it once in the current
/// context; a context shows it once, pushed; a list shows it for each item.
enum TemplateValue: Sendable {
    /// An optional field with no value: found, so lookup stops there, but null.
    case absent
    case bool(Bool)
    case int(Int)
    case string(String)
    /// Text already in UTF-8 (a page template's output, for the layout).
    case utf8([UInt8])
    case context(any TemplateContext)
    /// A list of text.
    case strings([String])
    /// A list of contexts.
    case contexts(ContextList)
    /// The context at an index of a list of contexts, read where it is rather than copied out.
    case item(ContextList, Int)

    /// A list of text.
    static func list(_ items: [String]) -> TemplateValue {
        .strings(items)
    }

    /// A list of contexts.
    static func list<Item: TemplateContext>(_ items: [Item]) -> TemplateValue {
        .contexts(ContextList(items))
    }

    /// Whether this is ``absent``.
    var isAbsent: Bool {
        if case .absent = self { return true }
        return false
    }

    /// The field `name` of a context; `nil` for a name it does not hold, and for a value
    /// that is no context.
    func field(named name: String) -> TemplateValue? {
        switch self {
        case .context(let context): context.value(named: name)
        case .item(let list, let index): list.value(at: index, named: name)
        case .absent, .bool, .int, .string, .utf8, .strings, .contexts: nil
        }
    }

    /// The value as `{{name}}` writes it (before escaping): text as it is, numbers and
    /// booleans as Swift prints them, a context or a list as Swift describes it; `nil` for
    /// ``absent``.
    var text: String? {
        switch self {
        case .absent: nil
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): value
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        case .context(let value): String(describing: value)
        case .strings(let items): items.description
        case .contexts(let list): list.description
        case .item(let list, let index): list.description(at: index)
        }
    }
}
