import Diagnostics
import Foundation
import Synchronization

/// The write stage: a temporary folder beside the output folder that receives the whole site,
/// then replaces the output folder in one step, only when the build succeeded.
///
/// Until ``commit()``, the output folder is untouched; ``discard()`` (or a failed build that
/// never commits) leaves it exactly as it was.
///
/// Thread-safety: ``write(_:to:)`` may be called from several threads at once for different
/// paths (each call writes its own file; creating a folder that exists is not an error).
/// ``commit()`` and ``discard()`` must be called once, after every write has returned.
public final class OutputStaging: Sendable {
    /// The folder the site is published to.
    public let destination: URL
    /// The temporary folder receiving the new site.
    public let staging: URL
    /// Folders already created below `staging`, so writing many files into one folder asks
    /// the file system once.
    private let created = Mutex<Set<String>>([])

    /// Creates an empty staging folder next to `destination` (same file system, so the swap is a rename).
    public init(destination: URL) throws(OutputError) {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        let name = ".\(self.destination.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)"
        self.staging = parent.appendingPathComponent(name)
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            if manager.fileExists(atPath: staging.path) {
                try manager.removeItem(at: staging)
            }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: staging.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Writes one file of the site; `relativePath` uses `/` and never starts with one.
    public func write(_ data: Data, to relativePath: String) throws(OutputError) {
        precondition(!relativePath.hasPrefix("/") && !relativePath.contains(".."), "output paths are relative")
        let url = staging.appendingPathComponent(relativePath)
        let folder = relativePath.lastIndex(of: "/").map { String(relativePath[..<$0]) } ?? ""
        if !folder.isEmpty && !created.withLock({ $0.contains(folder) }) {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: relativePath, reason: "\(error.localizedDescription)")
            }
            created.withLock { _ = $0.insert(folder) }
        }
        // Plain open/write/close: Foundation's Data.write syncs every file to disk, which
        // costs more than the rendering; the swap in commit() is what makes the site appear whole.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: relativePath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            throw .cannotWrite(path: relativePath, reason: String(cString: strerror(failure)))
        }
    }

    /// Writes many files at once, on every core; throws the first failure in their order.
    public func write(_ files: [(path: String, data: Data)]) throws(OutputError) {
        let failures = parallelMap(files) { file -> OutputError? in
            do throws(OutputError) {
                try write(file.data, to: file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Writes a UTF-8 text file of the site.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Replaces the output folder with the staged site.
    public func commit() throws(OutputError) {
        let manager = FileManager.default
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
            let hadOutput = manager.fileExists(atPath: destination.path)
            if hadOutput { try manager.moveItem(at: destination, to: old) }
            do {
                try manager.moveItem(at: staging, to: destination)
            } catch {
                if hadOutput { try? manager.moveItem(at: old, to: destination) }
                throw error
            }
            if hadOutput { try manager.removeItem(at: old) }
        } catch {
            throw .cannotCommit(path: destination.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Removes the staged site, leaving the output folder as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
