/// One entry of `content/redirects.yml`: a published address that moved, and where to.
///
/// Addresses are site paths with an optional fragment: `/positions/old-id/` or
/// `/drafts/zero-draft/#art_24bis`.
public struct Redirect: Sendable, Hashable {
    /// The moved address (normalised by the address stage).
    public var from: String
    /// Where it moved.
    public var to: String
    public var line: Int
    /// The moved address as the author wrote it, when that differs from ``from``.
    public var written: String?

    public init(from: String, to: String, line: Int, written: String? = nil) {
        self.from = from
        self.to = to
        self.line = line
        self.written = written == from ? nil : written
    }

    /// The moved address for a message: as written, and normalised when that differs.
    public var quoted: String {
        written.map { "'\($0)' (that is, '\(from)')" } ?? "'\(from)'"
    }
}
