import TravauxKit

/// What `travaux serve` was asked: the options it shares with `build`, and where to listen.
public struct ServeRequest: Sendable {
    /// `--source`, `--strict`, `--base-url`, `--include-unpublished`, `--diagnostics`, `--quiet`.
    public var build: BuildRequest
    /// The address to listen on; the loopback address by default, so the preview is not
    /// offered to the network.
    public var host = "127.0.0.1"
    /// The port (0: any free port, printed).
    public var port: UInt16 = 1313

    public init(build: BuildRequest = BuildRequest()) {
        self.build = build
    }
}
