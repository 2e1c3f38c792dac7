/// A bad argument or setting on the command line or in the environment: the command
/// stops before reading the content, with exit status 64.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "travaux: error: \(message)" }
}
