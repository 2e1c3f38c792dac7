import Foundation
import Synchronization

/// The write stage: a temporary folder beside the output folder that receives the whole site,
/// then replaces the output folder in one step, only when the build succeeded.
///
/// Until ``commit()``, the output folder is untouched; ``discard()`` (or a failed build that
/// never commits) leaves it exactly as it was. Staging and old folders that builds killed
/// before they finished left beside the output folder are removed when the next one starts.
///
/// Thread-safety: ``write(_:to:)`` may be called from several threads at once for different
/// paths (each call writes its own file; creating a folder that exists is not an error).
/// ``commit()`` and ``discard()`` must be called once, after every write has returned.
public final class OutputStaging: SiteSink {
    /// The folder the site is published to.
    public let destination: URL
    /// The temporary folder receiving the new site.
    public let staging: URL
    /// Where the previous site is moved while the new one takes its place.
    let aside: URL
    /// ``staging`` as a path, to which relative paths are appended.
    let stagingPath: String
    /// The moves and removals of ``commit()``, replaceable in tests to make them fail.
    let fileSystem: StagingFileSystem
    /// Folders already created below `staging`, so writing many files into one folder asks
    /// the file system once.
    private let created = Mutex<Set<String>>([])

    /// Creates an empty staging folder next to `destination` (same file system, so the swap is
    /// a rename), after removing what earlier builds that no longer run left there.
    public convenience init(destination: URL) throws(OutputError) {
        try self.init(destination: destination, fileSystem: .standard)
    }

    init(destination: URL, fileSystem: StagingFileSystem) throws(OutputError) {
        self.destination = destination.standardizedFileURL
        self.fileSystem = fileSystem
        let parent = self.destination.deletingLastPathComponent()
        let process = ProcessInfo.processInfo.processIdentifier
        let name = self.destination.lastPathComponent
        self.staging = parent.appendingPathComponent(Leftover.stagingName(of: name, process: process))
        self.aside = parent.appendingPathComponent(Leftover.asideName(of: name, process: process))
        self.stagingPath = staging.path
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            Leftover.removeAll(besides: self.destination)
            // Left by an earlier process that had this one's id.
            for folder in [staging, aside] where manager.fileExists(atPath: folder.path) {
                try manager.removeItem(at: folder)
            }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: staging.path, reason: "\(error.localizedDescription)")
        }
    }

    /// Writes one file of the site piece by piece, as `produce` hands the pieces to the
    /// function it is given: a large file is never held whole.
    public func stream(to relativePath: String, _ produce: (_ emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) -> Void) throws(OutputError) {
        guard Self.isPlainRelativePath(relativePath) else { throw .invalidPath(path: relativePath) }
        let path = stagingPath + "/" + relativePath
        let folder = relativePath.lastIndex(of: "/").map { String(relativePath[..<$0]) } ?? ""
        if !folder.isEmpty && !created.withLock({ $0.contains(folder) }) {
            // mkdir(2) for the usual case, a folder whose parent exists; FileManager for the
            // rest (intermediate folders, a folder another thread made meanwhile).
            if mkdir(stagingPath + "/" + folder, 0o755) != 0 && errno != EEXIST {
                do {
                    try FileManager.default.createDirectory(atPath: stagingPath + "/" + folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotWrite(path: relativePath, reason: "\(error.localizedDescription)")
                }
            }
            created.withLock { _ = $0.insert(folder) }
        }
        // Plain open/write/close: Foundation's Data.write syncs every file to disk, which
        // costs more than the rendering; the swap in commit() is what makes the site appear whole.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotWrite(path: relativePath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        try produce { (buffer: UnsafeRawBufferPointer) throws(OutputError) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .cannotWrite(path: relativePath, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Replaces the output folder with the staged site: moves the previous site aside, moves
    /// the new one into place, then deletes the previous one.
    ///
    /// Throws when the new site could not be put in place, saying where the previous one is.
    /// Returns a warning when the new site is published but the previous one, moved aside,
    /// could not be deleted (the next build tries again).
    @discardableResult
    public func commit() throws(OutputError) -> String? {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: destination.path)
        if hadOutput {
            do {
                try fileSystem.move(destination, aside)
            } catch {
                throw .cannotMoveAside(path: destination.path, reason: Self.reason(error))
            }
        }
        do {
            try fileSystem.move(staging, destination)
        } catch {
            var stranded: String?
            if hadOutput {
                do { try fileSystem.move(aside, destination) } catch { stranded = aside.path }
            }
            throw .cannotMoveIntoPlace(path: destination.path, reason: Self.reason(error), stranded: stranded)
        }
        guard hadOutput else { return nil }
        do {
            try fileSystem.remove(aside)
        } catch {
            return "\(aside.path): warning: the new site is published in \(destination.path), but the previous one, moved here, "
                + "could not be deleted (\(Self.reason(error))); delete this folder (the next build also tries)"
        }
        return nil
    }

    /// Removes the staged site, leaving the output folder as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Whether `path` is a path of files below a folder: not empty, not absolute, no empty,
    /// `.` or `..` component, no NUL.
    static func isPlainRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.utf8.contains(0) else { return false }
        // Component by component, as bytes: every file of the site passes here. A component
        // is refused when empty, `.` or `..`.
        var length = 0
        var onlyDots = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard length > 0, !(onlyDots && length <= 2) else { return false }
                length = 0
                onlyDots = true
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
            }
        }
        return length > 0 && !(onlyDots && length <= 2)
    }

    /// The system's words for a file-system error.
    static func reason(_ error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
