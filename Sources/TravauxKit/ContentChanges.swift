/// The documents a burst of changed files touches, when the incremental rebuild of
/// `travaux serve` can take them (``Travaux/rebuildInMemory(_:site:changes:options:)``): only
/// positions, stakeholders and drafts, each file with its translations (`positions/x.md`,
/// `positions/x.fr.md`). Anything else (a free page, `site.yml`, `sessions.yml`, the lock,
/// the redirects, the theme) is a change it does not take.
public struct ContentChanges: Sendable, Equatable {
    /// The ids of the positions whose files changed (added, edited or deleted).
    public var positions: Set<String> = []
    /// The ids of the stakeholders whose files changed.
    public var stakeholders: Set<String> = []
    /// The ids of the drafts whose files changed.
    public var drafts: Set<String> = []

    /// The folders right in which a changed Markdown file is a document this takes.
    static let folders = ["content/positions/", "content/stakeholders/", "content/drafts/"]

    /// The documents `paths` (relative to the site folder) name, or `nil` when one of them is
    /// not a position's, a stakeholder's or a draft's Markdown file, or there are none.
    public init?(paths: [String]) {
        guard !paths.isEmpty else { return nil }
        for path in paths where !Self.isIgnoredFile(path) {
            if let id = Self.id(of: path, in: "content/positions/") {
                positions.insert(id)
            } else if let id = Self.id(of: path, in: "content/stakeholders/") {
                stakeholders.insert(id)
            } else if let id = Self.id(of: path, in: "content/drafts/") {
                drafts.insert(id)
            } else {
                return nil
            }
        }
    }

    /// Whether `path` is a file right in `content/positions/`, `content/stakeholders/` or
    /// `content/drafts/` that
    /// the load stage does not read as a document (not `.md`: a tool's temporary file, which
    /// it only warns about), so that no page depends on it.
    static func isIgnoredFile(_ path: String) -> Bool {
        for folder in folders where path.hasPrefix(folder) {
            let name = path.dropFirst(folder.count)
            return !name.isEmpty && !name.contains("/") && !name.hasSuffix(".md")
        }
        return false
    }

    /// The id of the document at `path` when it is a Markdown file right in `folder`
    /// (`content/positions/icc.fr.md` gives `icc`); `nil` otherwise, or when the name is
    /// not a valid id (the load stage then says what is wrong, in a full build).
    static func id(of path: String, in folder: String) -> String? {
        guard path.hasPrefix(folder), path.hasSuffix(".md") else { return nil }
        let name = path.dropFirst(folder.count).dropLast(3)
        guard !name.contains("/") else { return nil }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let id = parts.first, !id.isEmpty,
              id.utf8.allSatisfy({ ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") })
        else { return nil }
        if parts.count == 2, parts[1].isEmpty { return nil }
        return String(id)
    }
}
