/// One problem found in the content, printed as `path:line: error: message`.
///
/// Every stage reports content problems as diagnostics rather than throwing on the first one,
/// so a build can list all of them at once (docs/design.md, *Pipeline*).
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file, relative to the site folder (for example `content/drafts/zero-draft.md`).
    public var path: String
    /// The 1-based line in `path`, or `nil` when the problem concerns the whole file.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    public static func error(_ path: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, message)
    }

    public static func warning(_ path: String, line: Int? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, message)
    }

    /// `path:line: severity: message`, the format compilers use, so editors can jump to it.
    public var description: String {
        if let line {
            return "\(path):\(line): \(severity.rawValue): \(message)"
        }
        return "\(path): \(severity.rawValue): \(message)"
    }

    /// Whether this diagnostic fails a build: an error does; with `strict`, a warning too.
    /// (The one place this rule is written.)
    public func fails(strict: Bool) -> Bool {
        severity == .error || strict
    }

    /// Diagnostics sort by file, then line, then message, so reports are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.message < rhs.message
    }
}
