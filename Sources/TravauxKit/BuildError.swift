/// Why a build that published its site could not finish its bookkeeping.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    case cannotWriteLock(reason: String)

    public var description: String {
        switch self {
        case .cannotWriteLock(let reason):
            "content/anchors.lock: error: the site was published, but the lock of published anchors could not be updated (\(reason)); make content/ writable and build again"
        }
    }
}
