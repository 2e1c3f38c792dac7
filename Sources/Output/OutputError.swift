/// Why the write stage could not publish the site, or refused to.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// How an output folder overlaps the sources.
    public enum Overlap: Sendable, Hashable {
        case isSiteFolder, holdsSiteFolder, isSources, insideSources, holdsSources, holdsHome
    }

    /// The output folder would replace the sources (exit 64: a bad argument, nothing touched).
    case overlapsSources(output: String, sources: String, relation: Overlap)
    /// The output path is a file.
    case notAFolder(path: String)
    /// The output folder holds files no build wrote; `--force` replaces it anyway.
    case holdsOtherFiles(path: String, examples: [String])
    case cannotCreate(path: String, reason: String)
    /// An output path that is not a plain relative path below the output folder.
    case invalidPath(path: String)
    case cannotWrite(path: String, reason: String)
    /// The previous site could not be moved aside: it is unchanged.
    case cannotMoveAside(path: String, reason: String)
    /// The new site could not be moved into place; the previous site was put back (or, when
    /// `stranded` is set, could not be, and is there).
    case cannotMoveIntoPlace(path: String, reason: String, stranded: String?)

    /// Whether the error is a bad argument (exit status 64) rather than a failure to write.
    public var isUsageError: Bool {
        switch self {
        case .overlapsSources, .notAFolder, .holdsOtherFiles: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .overlapsSources(let output, let sources, let relation):
            let why = switch relation {
            case .isSiteFolder: "it is the site folder"
            case .holdsSiteFolder: "it holds the site folder \(sources)"
            case .isSources: "it holds the site's sources"
            case .insideSources: "it is inside \(sources), which holds the site's sources"
            case .holdsSources: "it holds \(sources), which holds the site's sources"
            case .holdsHome: "it holds the home folder \(sources)"
            }
            return "\(output): error: refusing to publish into this folder: \(why). A build replaces its output folder as a whole, "
                + "so \(relation == .holdsHome ? "everything in it" : "the sources") would be deleted; nothing was written. "
                + "Choose a folder of its own, such as public/ in the site folder (the default)"
        case .notAFolder(let path):
            return "\(path): error: the output must be a folder, and this is a file; choose another --output"
        case .holdsOtherFiles(let path, let examples):
            return "\(path): error: this folder holds files that travaux did not write (\(examples.joined(separator: ", "))\(examples.count == 3 ? ", ..." : "")) "
                + "and no index.html from an earlier build; a build replaces the whole folder, which would delete them. "
                + "Choose a new or empty folder, or pass --force to replace it; nothing was written"
        case .cannotCreate(let path, let reason):
            return "\(path): error: cannot create the staging folder for the new site (\(reason)); check that the output folder's parent is writable; the previous site is unchanged"
        case .invalidPath(let path):
            return "\(path): error: not a file path inside the output folder (it is absolute, empty, or has '.', '..' or '//' in it); nothing was published, and the previous site is unchanged"
        case .cannotWrite(let path, let reason):
            return "\(path): error: cannot write this output file (\(reason)); nothing was published, and the previous site is unchanged"
        case .cannotMoveAside(let path, let reason):
            return "\(path): error: cannot move the previous site aside to put the new one in its place (\(reason)); "
                + "the previous site is unchanged and the new one was discarded; check that you may rename this folder and write in its parent"
        case .cannotMoveIntoPlace(let path, let reason, let stranded):
            if let stranded {
                return "\(path): error: cannot move the new site into place (\(reason)), and the previous site could not be put back: "
                    + "it is in \(stranded); move it back with: mv '\(stranded)' '\(path)'"
            }
            return "\(path): error: cannot move the new site into place (\(reason)); the previous site was put back unchanged and the new one was discarded"
        }
    }
}
