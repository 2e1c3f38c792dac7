/// A value an optional field can wrap: text, a number, a boolean or a context.
protocol TemplateItem: Sendable {
    /// The value as templates see it.
    var templateValue: TemplateValue { get }
}

extension String: TemplateItem {
    var templateValue: TemplateValue { .string(self) }
}

extension Int: TemplateItem {
    var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateItem {
    var templateValue: TemplateValue { .bool(self) }
}

extension Optional where Wrapped: TemplateItem {
    /// The wrapped value, for a template; ``TemplateValue/absent`` when there is none, so
    /// that `{{#symbol}}` hides its section and never picks up an outer `symbol`.
    var templateValue: TemplateValue {
        switch self {
        case .some(let value): value.templateValue
        case .none: .absent
        }
    }
}
