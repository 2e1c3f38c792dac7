import Dispatch
import Foundation

/// One line on a terminal that says what a long build is doing ("travaux: rendering pages:
/// 4,096 files"), redrawn in place; shown only once the build has run for a second, and
/// erased when it ends. Never written to the site: only to standard error, and only when
/// that is a terminal (the caller decides; `--quiet` turns it off).
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = ""
    private var counter: FileCounter?
    private var shown = false
    private var finished = false
    private let timer: DispatchSourceTimer
    private let write: @Sendable (String) -> Void

    /// Starts the clock; the line appears after `delay` seconds, redrawn every `interval`.
    init(delay: Double = 1, interval: Double = 0.2, write: @escaping @Sendable (String) -> Void = ProgressLine.standardError) {
        self.write = write
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    /// The stage now running, and the counter of files it writes, if it writes files.
    func begin(_ stage: String, counting counter: FileCounter? = nil) {
        lock.withLock {
            self.stage = stage
            self.counter = counter
        }
    }

    /// Stops redrawing and erases the line, so the diagnostics and summary start on a clean line.
    func finish() {
        timer.cancel()
        lock.withLock {
            finished = true
            if shown { write("\r\u{1B}[K") }
        }
    }

    private func draw() {
        lock.withLock {
            guard !finished, !stage.isEmpty else { return }
            let count = counter.map { ": \($0.value) files" } ?? ""
            write("\r\u{1B}[Ktravaux: \(stage)\(count)")
            shown = true
        }
    }

    /// Writes to standard error, unbuffered.
    static let standardError: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }
}
