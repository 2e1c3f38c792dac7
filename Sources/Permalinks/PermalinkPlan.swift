/// What the site must do so that no published address breaks: the redirect pages to write
/// and the fragment renames each page must honour.
public struct PermalinkPlan: Sendable, Equatable {
    /// Moved pages: the old page path (`/positions/old/`) and the address it now lives at.
    public var redirectPages: [String: String]
    /// Moved fragments, by the page path they were published on: old fragment -> new address.
    public var fragmentMoves: [String: [String: String]]

    public init(redirectPages: [String: String] = [:], fragmentMoves: [String: [String: String]] = [:]) {
        self.redirectPages = redirectPages
        self.fragmentMoves = fragmentMoves
    }
}
