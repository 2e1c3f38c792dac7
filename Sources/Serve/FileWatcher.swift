import Foundation

/// Watches folders for changes to the files a build reads and reports each burst of changes
/// (an editor's save, a `git checkout`) once, when no change came for ``debounce``.
///
/// The one type the platform-specific watchers hide behind: ``InotifyWatcher`` on Linux;
/// FSEvents or kqueue would go beside it on macOS.
protocol FileWatcher: Sendable {
    /// Stops watching; no report comes after it returns (one running finishes first).
    func stop()
}

/// What a ``FileWatcher`` reports, and which changes it ignores.
enum WatchedChange {
    /// The quiet time after the last change before a burst is reported.
    static let debounce: Duration = .milliseconds(100)

    /// Whether a change to the file named `name` is the temporary file of an editor, which no
    /// build reads: Vim's `.swp`/`.swx` and `4913`, backups ending in `~`, Emacs's `.#lock`s.
    static func isEditorTemporary(_ name: String) -> Bool {
        name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix("~") || name.hasPrefix(".#") || name == "4913"
    }

    /// The watcher for this platform, watching `folders` (which need not exist yet) below
    /// `site`; `onChange` receives the changed paths (relative to `site`, sorted) of each
    /// burst, on the watcher's thread, one call at a time.
    static func watch(site: URL, folders: [String], onChange: @escaping @Sendable ([String]) -> Void) throws -> any FileWatcher {
        #if os(Linux)
        return try InotifyWatcher(site: site, folders: folders, debounce: debounce, onChange: onChange)
        #else
        throw WatchError.unsupported
        #endif
    }
}

/// Why watching could not start.
enum WatchError: Error, CustomStringConvertible {
    case unsupported
    case cannotWatch(path: String, reason: String)

    var description: String {
        switch self {
        case .unsupported: "travaux serve watches files only on Linux so far"
        case .cannotWatch(let path, let reason): "cannot watch \(path): \(reason)"
        }
    }
}
