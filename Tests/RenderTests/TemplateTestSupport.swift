import Testing
@testable import Render

/// A value of ``TestContext``, written as a literal: text, a number, a boolean, `nil` (an
/// absent optional field), a context (`["name": "Joe"]`) or a list (of contexts or of text).
indirect enum TestValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case absent
    case bool(Bool)
    case int(Int)
    case string(String)
    case context(TestContext)
    case list([TestValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .absent }
    init(arrayLiteral elements: TestValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TestValue)...) {
        self = .context(TestContext(Dictionary(elements, uniquingKeysWith: { first, _ in first })))
    }

    /// The value as a context's field gives it.
    var templateValue: TemplateValue {
        switch self {
        case .absent: .absent
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .string(let value): .string(value)
        case .context(let context): .context(context)
        case .list(let items):
            if items.allSatisfy({ if case .string = $0 { true } else { false } }), !items.isEmpty {
                .list(items.map { if case .string(let text) = $0 { text } else { "" } })
            } else {
                .list(items.map { if case .context(let context) = $0 { context } else { TestContext([:]) } })
            }
        }
    }
}

/// A context for the engine's tests: its fields are whatever the literal holds.
struct TestContext: TemplateContext, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    static let fields: [String] = []
    var values: [String: TestValue]

    init(_ values: [String: TestValue]) {
        self.values = values
    }

    init(dictionaryLiteral elements: (String, TestValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    func value(named name: String) -> TemplateValue? {
        values[name]?.templateValue
    }

    /// `context(a,b)`: its field names, as `{{.}}` writes it.
    var description: String {
        "context(" + values.keys.sorted().joined(separator: ",") + ")"
    }
}

/// A case of the Mustache spec (github.com/mustache/spec): a template, its data and
/// partials, and what it renders.
struct SpecCase: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var data: TestContext
    var partials: [String: String]
    var expected: String

    init(_ name: String, _ template: String, _ data: TestContext, partials: [String: String], _ expected: String) {
        self.name = name
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Compiles `template` (as `main`) and `partials` into a library.
func templateLibrary(_ template: String, partials: [String: String] = [:]) throws -> TemplateLibrary {
    var compiled: [String: [TemplateNode]] = [:]
    for (name, source) in partials.merging(["main": template], uniquingKeysWith: { _, main in main }) {
        compiled[name] = try TemplateParser.parse(source)
    }
    return TemplateLibrary(compiled)
}

/// `template` rendered with `data`, its partials from `partials`.
func renderTemplate(_ template: String, _ data: TestContext = [:], partials: [String: String] = [:]) throws -> String {
    try templateLibrary(template, partials: partials).render("main", data)
}

extension TemplateLibrary {
    /// The template `name` rendered with `data`, written as a literal.
    func render(_ name: String, _ data: TestContext) -> String {
        render(name, data as any TemplateContext)
    }

    /// Appends the template `name` rendered with `data`, written as a literal, to `out`.
    func render(_ name: String, _ data: TestContext, into out: inout [UInt8]) {
        render(name, data as any TemplateContext, into: &out)
    }
}
