/// The Markdown body of a content file and where it starts, for line numbers in diagnostics.
public struct SourceText: Sendable, Hashable {
    public var text: String
    /// The 1-based line of the file on which `text` starts.
    public var firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
