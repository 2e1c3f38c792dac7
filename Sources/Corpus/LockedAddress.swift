/// One line of `content/anchors.lock`: an address the site has published.
public struct LockedAddress: Sendable, Hashable {
    public var address: String
    public var line: Int

    public init(address: String, line: Int) {
        self.address = address
        self.line = line
    }
}
