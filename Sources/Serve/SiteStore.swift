import Diagnostics
import Foundation
import Synchronization

/// The site `travaux serve` shows: the files of the last good build, and the state of the
/// latest build (its number and, when it failed, its problems), which the open pages follow.
///
/// Thread-safety: every member may be used from any thread.
final class SiteStore: Sendable {
    /// What the pages are told after each build.
    struct Status: Sendable, Equatable {
        /// Counts the successful builds: a page reloads when it grows.
        var generation: Int
        /// The problems of the latest build when it failed (empty when it succeeded).
        var problems: [Diagnostic]
        /// Whether a site has been built at all (a first build with errors has none).
        var hasSite: Bool
    }

    private struct State {
        var files: [String: Data] = [:]
        var status = Status(generation: 0, problems: [], hasSite: false)
        /// The paths each of the latest generations changed (added, edited or deleted), oldest first.
        var history: [(generation: Int, changed: Set<String>)] = []

        /// Records `changed` as the current generation's, forgetting the oldest beyond ``SiteStore/historyLength``.
        mutating func record(_ changed: Set<String>) {
            history.append((status.generation, changed))
            if history.count > SiteStore.historyLength { history.removeFirst(history.count - SiteStore.historyLength) }
        }
        var listeners: [Int: @Sendable (Status) -> Void] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())

    init() {}

    /// The bytes of the file at `path` in the last good site (`drafts/d/index.html`).
    func file(_ path: String) -> Data? {
        state.withLock { $0.files[path] }
    }

    /// Whether the last good site has files below `folder` (`drafts/d`).
    func hasFolder(_ folder: String) -> Bool {
        state.withLock { $0.files[folder + "/index.html"] != nil }
    }

    var status: Status {
        state.withLock { $0.status }
    }

    /// How many generations' changes are kept for ``changes(since:)``.
    static let historyLength = 32

    /// Puts a new site in place and tells the listeners.
    func publish(_ files: [String: Data]) {
        notify { state in
            let changed = Set(Set(files.keys).union(state.files.keys).filter { files[$0] != state.files[$0] })
            state.files = files
            state.status = Status(generation: state.status.generation + 1, problems: [], hasSite: true)
            state.record(changed)
        }
    }

    /// Replaces one file of the site (an edited page shown before the whole site is built
    /// again) and tells the listeners, so that open pages reload.
    func update(_ path: String, with data: Data) {
        notify { state in
            let changed: Set<String> = state.files[path] == data ? [] : [path]
            state.files[path] = data
            state.status.generation += 1
            state.record(changed)
        }
    }

    /// The paths of the files the generations after `generation` changed, up to the latest;
    /// `nil` when that is more than the store remembers (or `generation` is not one it made).
    func changes(since generation: Int) -> Set<String>? {
        state.withLock { state in
            guard generation <= state.status.generation, generation >= 0 else { return nil }
            guard generation < state.status.generation else { return [] }
            guard let first = state.history.first, first.generation <= generation + 1 else { return nil }
            var changed: Set<String> = []
            for entry in state.history where entry.generation > generation { changed.formUnion(entry.changed) }
            return changed
        }
    }

    /// Records a failed build: the last good site stays served, the pages show `problems`.
    func fail(_ problems: [Diagnostic]) {
        notify { $0.status.problems = problems }
    }

    /// Calls `listener` with the status after every build, until ``removeListener(_:)``;
    /// returns its key.
    func addListener(_ listener: @escaping @Sendable (Status) -> Void) -> Int {
        state.withLock { state in
            defer { state.nextListener += 1 }
            state.listeners[state.nextListener] = listener
            return state.nextListener
        }
    }

    func removeListener(_ key: Int) {
        _ = state.withLock { $0.listeners.removeValue(forKey: key) }
    }

    /// Applies `change` to the state, then tells the listeners the status it leaves.
    private func notify(_ change: (inout State) -> Void) {
        let (status, listeners) = state.withLock { state in
            change(&state)
            return (state.status, Array(state.listeners.values))
        }
        for listener in listeners { listener(status) }
    }
}
