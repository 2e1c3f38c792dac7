/// One entry of `content/redirects.yml`: a published address that moved, and where to.
///
/// Addresses are site paths with an optional fragment: `/positions/old-id/` or
/// `/drafts/zero-draft/#art_24bis`.
public struct Redirect: Sendable, Hashable {
    public var from: String
    public var to: String
    public var line: Int

    public init(from: String, to: String, line: Int) {
        self.from = from
        self.to = to
        self.line = line
    }
}
