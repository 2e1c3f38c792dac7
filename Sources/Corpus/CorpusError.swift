/// Why the load stage could not read the site folder at all.
///
/// Problems inside content files are not thrown: they are ``Diagnostics/Diagnostic`` values,
/// all of them reported together.
public enum CorpusError: Error, Sendable, CustomStringConvertible {
    case contentFolderMissing(path: String)

    public var description: String {
        switch self {
        case .contentFolderMissing(let path):
            "\(path): error: no content folder here; run travaux in a site folder that holds content/site.yml, or pass --source DIR"
        }
    }
}
