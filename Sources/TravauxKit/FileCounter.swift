import Foundation

/// Counts files written from several threads.
final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        add(1)
    }

    func add(_ files: Int) {
        lock.withLock { count += files }
    }

    var value: Int {
        lock.withLock { count }
    }
}
