import Foundation

/// The folders a build keeps beside its output folder while it runs (`.public.staging-<pid>`
/// for the new site, `.public.old-<pid>` for the previous one during the swap), and the
/// removal of those left by builds that were killed before they finished.
enum Leftover {
    static func stagingName(of output: String, process: Int32) -> String { ".\(output).staging-\(process)" }
    static func asideName(of output: String, process: Int32) -> String { ".\(output).old-\(process)" }

    /// The process that made a folder of this kind for `output`, or `nil` for any other name.
    static func process(of name: String, output: String) -> Int32? {
        for prefix in [".\(output).staging-", ".\(output).old-"] where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int32(digits)
        }
        return nil
    }

    /// Whether a process with this id is running (or exists but belongs to someone else).
    static func isRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }

    /// Removes the staging and old folders of `output` whose process no longer runs; returns
    /// their names.
    @discardableResult
    static func removeAll(besides output: URL) -> [String] {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let current = ProcessInfo.processInfo.processIdentifier
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        var removed: [String] = []
        for entry in entries.sorted() {
            guard let process = process(of: entry, output: name), process != current, !isRunning(process) else { continue }
            if (try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))) != nil {
                removed.append(entry)
            }
        }
        return removed
    }
}
