import Foundation

/// The folder a build publishes to, checked against the site's sources before anything is
/// written or moved.
///
/// The write stage replaces its output folder as a whole, so that folder must never be the
/// site folder, a folder holding it, or a folder of sources: each is refused, with symbolic
/// links and `..` resolved before comparing. A folder that already holds files the build did
/// not write (it has no `index.html`, which every build writes) is refused too, unless the
/// caller forces it, as Hugo and Zola guard their output folders.
public struct OutputFolder: Sendable {
    /// The folder that will be replaced, with links resolved.
    public let url: URL

    /// Checks `output` for a build of the site at `site`, which reads the folders `sources`
    /// (`content`, `themes`, ...; paths relative to `site`). No output may hold `home` either.
    public init(
        _ output: URL, site: URL, sources: [String], force: Bool, home: String? = ProcessInfo.processInfo.environment["HOME"]
    ) throws(OutputError) {
        let resolved = ResolvedPath(output)
        let siteFolder = ResolvedPath(site)
        if resolved == siteFolder {
            throw .overlapsSources(output: resolved.description, sources: siteFolder.description, relation: .isSiteFolder)
        }
        if resolved.contains(siteFolder) {
            throw .overlapsSources(output: resolved.description, sources: siteFolder.description, relation: .holdsSiteFolder)
        }
        for name in sources {
            let source = ResolvedPath(site.appendingPathComponent(name))
            if source == resolved {
                throw .overlapsSources(output: resolved.description, sources: source.description, relation: .isSources)
            }
            if source.contains(resolved) {
                throw .overlapsSources(output: resolved.description, sources: source.description, relation: .insideSources)
            }
            if resolved.contains(source) {
                throw .overlapsSources(output: resolved.description, sources: source.description, relation: .holdsSources)
            }
        }
        // A home folder is never a site's output, whatever --force says.
        if let home, !home.isEmpty, home != "/" {
            let homeFolder = ResolvedPath(URL(fileURLWithPath: home))
            if resolved.contains(homeFolder) {
                throw .overlapsSources(output: resolved.description, sources: homeFolder.description, relation: .holdsHome)
            }
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: resolved.description, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(path: resolved.description) }
            let entries = (try? manager.contentsOfDirectory(atPath: resolved.description)) ?? []
            if !force, !entries.isEmpty, !entries.contains("index.html") {
                throw .holdsOtherFiles(path: resolved.description, examples: Array(entries.sorted().prefix(3)))
            }
        }
        url = resolved.url
    }
}
