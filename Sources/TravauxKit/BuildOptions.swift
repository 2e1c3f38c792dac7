import Foundation

/// What `travaux build` is asked to do.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` (and optionally `themes/`, `templates/`).
    public var source: URL
    /// The folder the site is published to; `<source>/public` by default.
    public var output: URL
    /// Treat warnings as errors.
    public var strict: Bool
    /// Record newly published anchors in `content/anchors.lock` (off for `travaux check`).
    public var updateLock: Bool

    public init(source: URL, output: URL? = nil, strict: Bool = false, updateLock: Bool = true) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("public")).standardizedFileURL
        self.strict = strict
        self.updateLock = updateLock
    }
}
