import Foundation

/// The folders a build reads files from, with symbolic links resolved: the site folder, and
/// `content/` wherever it links to.
///
/// A link inside the site that leads outside these folders is refused, so a build never
/// publishes a file from elsewhere on the machine (a key, a password file) because content
/// linked to it.
public struct SiteBoundary: Sendable {
    /// The resolved roots, each ending in `/`.
    let roots: [String]

    public init(site: URL) {
        roots = [site, site.appendingPathComponent("content")].compactMap { Self.resolved($0.path) }.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// Where `url` really is when that is outside the site, or `nil` when it is inside (or does
    /// not exist, which the reader reports itself).
    public func outside(_ url: URL) -> String? {
        guard let real = Self.resolved(url.path) else { return nil }
        return roots.contains(where: { (real + "/").hasPrefix($0) }) ? nil : real
    }

    /// The diagnostic message for a link at a site path that leads to `target`.
    public static func message(target: String) -> String {
        "this is a symbolic link to \(target), outside the site folder; travaux reads only files inside the site folder, "
            + "so that a build never publishes a file from elsewhere: copy the file into the site, or link to one inside it"
    }

    /// The path with every link resolved, or `nil` when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
