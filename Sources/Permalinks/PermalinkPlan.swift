/// What the site must do so that no published address breaks: the redirect pages to write,
/// the fragment renames each page must honour, and the lock file to keep.
public struct PermalinkPlan: Sendable, Equatable {
    /// Moved pages: the old page path (`/positions/old/`) and the address it now lives at.
    public var redirectPages: [String: String]
    /// Moved fragments, by the page path they were published on: old fragment -> new address.
    public var fragmentMoves: [String: [String: String]]
    /// The new content of `content/anchors.lock`: every address ever published, sorted.
    public var lock: [String]

    public init(redirectPages: [String: String] = [:], fragmentMoves: [String: [String: String]] = [:], lock: [String] = []) {
        self.redirectPages = redirectPages
        self.fragmentMoves = fragmentMoves
        self.lock = lock
    }

    /// The lock file's text.
    public var lockFile: String {
        "# Every address this site has published. Written by travaux build; commit it.\n"
            + "# An address listed here must stay, or be mapped in content/redirects.yml.\n"
            + lock.joined(separator: "\n") + "\n"
    }
}
