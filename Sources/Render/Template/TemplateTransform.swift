import Foundation

/// A function a tag applies to a value, written `{{name(value)}}`: `{{count(notes)}}`,
/// `{{^last()}}` (applied to the position in the list).
///
/// These are swift-mustache's transforms, with its results: one that does not apply to the
/// value (or that no one knows) gives nothing.
enum TemplateTransform: Sendable, Equatable {
    case first, last, index, even, odd
    case empty, count, reversed, sorted
    case capitalized, lowercased, uppercased
    case plusOne, minusOne, equalZero
    /// A name no transform has: the result is always nothing.
    case unknown

    init(name: String) {
        switch name {
        case "first": self = .first
        case "last": self = .last
        case "index": self = .index
        case "even": self = .even
        case "odd": self = .odd
        case "empty": self = .empty
        case "count": self = .count
        case "reversed": self = .reversed
        case "sorted": self = .sorted
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "plusone": self = .plusOne
        case "minusone": self = .minusOne
        case "equalzero": self = .equalZero
        default: self = .unknown
        }
    }

    /// The transform applied to the position in a list (`first()`).
    func apply(to position: SequencePosition) -> TemplateValue {
        switch self {
        case .first: .bool(position.isFirst)
        case .last: .bool(position.isLast)
        case .index: .int(position.index)
        case .even: .bool(position.index & 1 == 0)
        case .odd: .bool(position.index & 1 == 1)
        default: .absent
        }
    }

    /// The transform applied to a value; ``TemplateValue/absent`` when it does not apply.
    func apply(to value: TemplateValue) -> TemplateValue {
        switch value {
        case .utf8(let bytes):
            apply(to: .string(String(decoding: bytes, as: UTF8.self)))
        case .string(let text):
            switch self {
            case .empty: .bool(text.isEmpty)
            case .capitalized: .string(text.capitalized)
            case .lowercased: .string(text.lowercased())
            case .uppercased: .string(text.uppercased())
            case .reversed: .string(String(text.reversed()))
            default: .absent
            }
        case .int(let number):
            switch self {
            case .equalZero: .bool(number == 0)
            case .plusOne: .int(number &+ 1)
            case .minusOne: .int(number &- 1)
            case .even: .bool(number & 1 == 0)
            case .odd: .bool(number & 1 == 1)
            default: .absent
            }
        case .strings(let items):
            switch self {
            case .first: items.first.templateValue
            case .last: items.last.templateValue
            case .reversed: .strings(items.reversed())
            case .count: .int(items.count)
            case .empty: .bool(items.isEmpty)
            case .sorted: .strings(items.sorted())
            default: .absent
            }
        case .contexts(let list):
            switch self {
            case .first: list.count > 0 ? .item(list, 0) : .absent
            case .last: list.count > 0 ? .item(list, list.count - 1) : .absent
            case .reversed: .contexts(list.reversed)
            case .count: .int(list.count)
            case .empty: .bool(list.count == 0)
            default: .absent
            }
        case .absent, .bool, .context, .item:
            .absent
        }
    }
}
