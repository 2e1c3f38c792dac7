/// Collects the diagnostics of a build stage.
///
/// Not thread-safe: each stage fills its own log on one thread, or merges per-task logs.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ path: String, line: Int? = nil, _ message: String) {
        diagnostics.append(.error(path, line: line, message))
    }

    public mutating func warning(_ path: String, line: Int? = nil, _ message: String) {
        diagnostics.append(.warning(path, line: line, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }

    /// Whether any diagnostic is an error (or, when `strict`, any diagnostic at all).
    public func hasErrors(strict: Bool = false) -> Bool {
        diagnostics.contains { $0.fails(strict: strict) }
    }

    /// The diagnostics, sorted and without repeats.
    public var sorted: [Diagnostic] {
        Array(Set(diagnostics)).sorted()
    }
}
