import Mustache

/// The value of an optional field that is absent: found, so Mustache does not look for the
/// name in the enclosing contexts, and null, so it hides a section and renders as nothing.
struct AbsentValue: MustacheCustomRepresentation, Sendable {
    var representation: Any? { nil }
}

extension Optional {
    /// The wrapped value, for a template; ``AbsentValue`` when there is none.
    var templateValue: Any {
        switch self {
        case .some(let value): value
        case .none: AbsentValue()
        }
    }
}
