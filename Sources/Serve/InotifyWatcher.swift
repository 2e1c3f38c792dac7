#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// A ``FileWatcher`` over Linux's inotify: one watch per folder, added recursively, and for
/// every folder created later; the site folder itself is watched so that a watched folder
/// created after the start (`themes/`) is picked up. A thread reads the events and reports a
/// burst once no event came for the debounce time.
final class InotifyWatcher: FileWatcher {
    private let descriptor: Int32
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts watching `folders` (names of folders of `site`: `content`, `themes`, ...).
    init(site: URL, folders: [String], debounce: Duration, onChange: @escaping @Sendable ([String]) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.cannotWatch(path: site.path, reason: String(cString: strerror(errno))) }
        var initial = Watches(descriptor: descriptor, site: site.standardizedFileURL.path, folders: Set(folders))
        try initial.add(folder: "", recursive: false)
        for folder in folders where FileManager.default.fileExists(atPath: initial.site + "/" + folder) {
            try initial.add(folder: folder, recursive: true)
        }
        let milliseconds = Int32(debounce.components.seconds * 1000 + debounce.components.attoseconds / 1_000_000_000_000_000)
        let thread = Thread { [self, initial] in
            var state = initial
            defer { self.finished.signal() }
            var pending = Set<String>()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !self.stopped.load(ordering: .acquiring) {
                var poller = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
                // Wait for the quiet time while a burst is pending, else wake now and then to
                // notice stop().
                let ready = poll(&poller, 1, pending.isEmpty ? 200 : milliseconds)
                if ready > 0 {
                    let count = read(self.descriptor, &buffer, buffer.count)
                    if count > 0 { pending.formUnion(state.consume(buffer[0..<count])) }
                } else if ready == 0, !pending.isEmpty {
                    let changes = pending.sorted()
                    pending.removeAll()
                    if !self.stopped.load(ordering: .acquiring) { onChange(changes) }
                }
            }
        }
        thread.name = "travaux serve: watcher"
        thread.start()
    }

    func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
        close(descriptor)
    }

    /// The watches of one watcher: which folder each watch descriptor is.
    private struct Watches {
        let descriptor: Int32
        /// The site folder's path.
        let site: String
        /// The folders of the site watched (recursively).
        let folders: Set<String>
        /// Watch descriptor -> folder relative to the site ("" for the site itself).
        var paths: [Int32: String] = [:]

        static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ONLYDIR)

        /// Watches `folder` (relative to the site) and, when `recursive`, every folder in it.
        mutating func add(folder: String, recursive: Bool) throws {
            let path = folder.isEmpty ? site : site + "/" + folder
            let watch = inotify_add_watch(descriptor, path, Self.mask)
            guard watch >= 0 else {
                // Gone already (created and deleted in one burst): nothing to watch.
                if errno == ENOENT || errno == ENOTDIR { return }
                throw WatchError.cannotWatch(path: path, reason: String(cString: strerror(errno)))
            }
            paths[watch] = folder
            guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    try add(folder: folder + "/" + name, recursive: true)
                }
            }
        }

        /// The changed paths the events in `bytes` name (editor temporaries left out),
        /// watching the folders they create.
        mutating func consume(_ bytes: ArraySlice<UInt8>) -> [String] {
            var changes: [String] = []
            let header = MemoryLayout<inotify_event>.size
            var offset = bytes.startIndex
            while offset + header <= bytes.endIndex {
                let (watch, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let start = offset - bytes.startIndex
                    let event = raw.loadUnaligned(fromByteOffset: start, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.endIndex)]
                offset += header + length
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    changes.append("(overflow)")
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    paths.removeValue(forKey: watch)
                    continue
                }
                guard let folder = paths[watch] else { continue }
                let path = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                if folder.isEmpty {
                    // In the site folder itself only the watched folders count.
                    guard folders.contains(name) else { continue }
                } else if WatchedChange.isEditorTemporary(name) {
                    continue
                }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    try? add(folder: path, recursive: true)
                }
                changes.append(path)
            }
            return changes
        }
    }
}
#endif
