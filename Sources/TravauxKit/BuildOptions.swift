import Corpus
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
    /// Replace an output folder that holds files no build wrote (never one that holds sources).
    public var force: Bool
    /// The public address to publish under instead of site.yml's `base_url` (``BaseURLOption``).
    public var baseURL: String?
    /// Which documents are published: the build's day, and whether held-back documents are
    /// included (a preview build, which never records addresses in the lock).
    public var publication: Publication
    /// Show a one-line progress display on standard error (a terminal) while the build runs.
    public var showProgress: Bool

    public init(
        source: URL, output: URL? = nil, strict: Bool = false, updateLock: Bool = true, force: Bool = false,
        baseURL: String? = nil, publication: Publication = Publication(), showProgress: Bool = false
    ) {
        self.source = source.standardizedFileURL
        // Not standardized: `..` after a symbolic link means the link's parent, which only
        // resolving the path (OutputFolder does) gets right.
        self.output = output ?? source.standardizedFileURL.appendingPathComponent("public")
        self.strict = strict
        self.updateLock = updateLock
        self.force = force
        self.baseURL = baseURL
        self.publication = publication
        self.showProgress = showProgress
    }

    /// The folders of the site folder the build reads: an output folder may not overlap them.
    static let sourceFolders = ["content", "themes", "templates", "i18n", ".git"]
}
