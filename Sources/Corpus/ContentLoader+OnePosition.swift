import Diagnostics

extension ContentLoader {
    /// One position file read as ``load()`` reads it (`content/positions/<id>.md`), without
    /// the checks that need the rest of the record (cross-references, publication): for
    /// `travaux serve`, which renders an edited position's page at once when nothing but its
    /// body changed.
    public func position(id: String, log: inout DiagnosticLog) -> PositionSource? {
        let path = "content/positions/\(id).md"
        guard Identifier.isValid(id), boundary.outside(siteDirectory.appendingPathComponent(path)) == nil,
              let text = readText(path, log: &log),
              let frontMatter = FrontMatter.parse(text, path: path, log: &log)
        else { return nil }
        return position(id: id, path: path, frontMatter: frontMatter, log: &log)
    }
}
