/// The values one template renders, answered by name without reflection or casts.
///
/// A context is a struct whose ``value(named:)`` is a `switch` over its field names, which it
/// also lists in ``fields`` (docs/themes.md lists the same names; a test checks every name a
/// template uses against them). A name the context does not hold returns `nil`, so the
/// template looks it up in the enclosing context; an optional field that is absent returns
/// ``TemplateValue/absent``, which ends the lookup there: `{{#symbol}}` never picks up an
/// outer `symbol`.
protocol TemplateContext: TemplateItem {
    /// Every name ``value(named:)`` answers.
    static var fields: [String] { get }

    /// The value of the field `name`; `nil` for a name that is no field of the context.
    func value(named name: String) -> TemplateValue?
}

extension TemplateContext {
    var templateValue: TemplateValue { .context(self) }
}
