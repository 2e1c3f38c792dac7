import Foundation

/// Where a command prints: its result on standard output, diagnostics and notes on
/// standard error; replaced in tests.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void
    /// Whether standard error is a terminal (a progress line is shown only there).
    public var isTerminal: Bool

    public init(out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void, isTerminal: Bool) {
        self.out = out
        self.error = error
        self.isTerminal = isTerminal
    }

    /// Standard output and standard error of the process.
    public static var standard: Console {
        Console(
            out: { print($0) },
            error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
            isTerminal: isatty(STDERR_FILENO) == 1
        )
    }
}
