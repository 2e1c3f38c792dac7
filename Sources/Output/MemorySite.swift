import Foundation
import Synchronization

/// A site held in memory: each file's bytes by its path in the site (`drafts/d/index.html`),
/// exactly what ``OutputStaging`` would have written to disk. `travaux serve` builds into one.
public final class MemorySite: SiteSink {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    /// The files written so far, by path.
    public var files: [String: Data] {
        storage.withLock { $0 }
    }

    public func stream(to relativePath: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) -> Void) throws(OutputError) {
        guard OutputStaging.isPlainRelativePath(relativePath) else { throw .invalidPath(path: relativePath) }
        var data = Data()
        try produce { (buffer: UnsafeRawBufferPointer) throws(OutputError) in data.append(contentsOf: buffer) }
        storage.withLock { $0[relativePath] = data }
    }

    /// Forgets every file.
    public func discard() {
        storage.withLock { $0.removeAll() }
    }
}
