import Mustache

/// The values one template renders, answered by name without reflection.
///
/// A context is a struct whose `child(named:)` is a `switch` over its field names, which it
/// also lists in ``fields`` (docs/themes.md lists the same names; a test checks every name a
/// template uses against them). A name the context does not hold returns `nil`, so Mustache
/// looks it up in the enclosing context; an optional field that is absent returns
/// ``AbsentValue``, which ends the lookup there: `{{#symbol}}` never picks up an outer `symbol`.
protocol TemplateContext: MustacheParent, Sendable {
    /// Every name `child(named:)` answers.
    static var fields: [String] { get }
}
