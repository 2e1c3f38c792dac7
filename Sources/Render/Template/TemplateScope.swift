/// A value in scope while a template runs (an entry of ``TemplateRenderer``'s context
/// stack), held so that reading it copies one reference.
///
/// A ``TemplateValue`` holds contexts as existentials, which a `switch` copies out whole
/// (every field of the context retained) to read one field. Here a context is boxed once,
/// when pushed, and a list's item is its list and index, as in ``TemplateValue``.
enum TemplateScope {
    /// A context, boxed.
    case context(ContextBox)
    /// The context at an index of a list of contexts.
    case item(ContextList, Int)
    /// Any other value (text, a number, a list), boxed: it has no fields.
    case other(ValueBox)

    /// A context, read in place.
    final class ContextBox {
        let context: any TemplateContext

        init(_ context: any TemplateContext) {
            self.context = context
        }
    }

    /// A value without fields.
    final class ValueBox {
        let value: TemplateValue

        init(_ value: TemplateValue) {
            self.value = value
        }
    }

    /// `value`, held in scope.
    init(_ value: TemplateValue) {
        switch value {
        case .item(let list, let index): self = .item(list, index)
        case .context(let context): self = .context(ContextBox(context))
        case .absent, .bool, .int, .string, .utf8, .strings, .contexts: self = .other(ValueBox(value))
        }
    }

    /// The value in scope.
    var value: TemplateValue {
        switch self {
        case .context(let box): .context(box.context)
        case .item(let list, let index): .item(list, index)
        case .other(let box): box.value
        }
    }

    /// The field `name` of the value: ``TemplateValue/field(named:)``.
    func field(named name: String) -> TemplateValue? {
        switch self {
        case .context(let box): box.context.value(named: name)
        case .item(let list, let index): list.value(at: index, named: name)
        case .other: nil
        }
    }
}
