/// Why the write stage could not publish the site.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotCommit(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "\(path): error: cannot create the staging folder for the new site (\(reason)); check that the output folder's parent is writable"
        case .cannotWrite(let path, let reason):
            "\(path): error: cannot write this output file (\(reason)); the previous site was left untouched"
        case .cannotCommit(let path, let reason):
            "\(path): error: cannot replace the output folder with the new site (\(reason)); the previous site was left in place"
        }
    }
}
