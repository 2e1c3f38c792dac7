import Diagnostics
import Foundation
import Synchronization
import TravauxKit

/// Builds the site into memory for `travaux serve` and puts each good build in the
/// ``SiteStore``; prints what `build` prints (the problems in the same format) and one line
/// per rebuild. A failed build leaves the last good site in place, its problems shown over
/// the pages. Every build is whole (the record is loaded again): see docs/serve.md.
final class SiteBuilder: Sendable {
    let options: BuildOptions
    let store: SiteStore
    private let printer: @Sendable (_ report: BuildReport) -> Void
    private let say: @Sendable (String) -> Void
    private let running = Mutex(())

    /// `printer` prints a report's problems and notes; `say` a line of the server's own.
    init(options: BuildOptions, store: SiteStore, printer: @escaping @Sendable (BuildReport) -> Void, say: @escaping @Sendable (String) -> Void) {
        var options = options
        options.updateLock = false
        options.showProgress = false
        self.options = options
        self.store = store
        self.printer = printer
        self.say = say
    }

    /// Builds the site (one build at a time) and publishes it, or records its problems;
    /// `changes` are the paths that prompted it, for the message. Returns whether it succeeded.
    @discardableResult
    func build(after changes: [String] = []) -> Bool {
        running.withLock { _ in
            let start = ContinuousClock.now
            let report: BuildReport
            let site: [String: Data]?
            do {
                let result = try Travaux.buildInMemory(options)
                (report, site) = (result.report, result.site?.files)
            } catch {
                // The site folder itself cannot be read: shown like a content problem.
                report = BuildReport(failed: [.error(".", "\(error)")])
                site = nil
            }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let cause = changes.isEmpty ? "" : " after a change to " + Self.summary(changes)
            printer(report)
            if let site, !report.failed(strict: options.strict) {
                store.publish(site)
                say("travaux: built \(site.count) files in \(String(format: "%.2f", seconds)) s\(cause)")
                return true
            }
            let problems = report.diagnostics.filter { $0.fails(strict: options.strict) }
            store.fail(problems.isEmpty ? report.diagnostics : problems)
            say("travaux: the build failed with \(problems.count) error(s)\(cause); "
                + (store.status.hasSite ? "still serving the last good site" : "serving the problems until they are fixed"))
            return false
        }
    }

    /// `content/a.md`, or `content/a.md and 3 more`.
    static func summary(_ changes: [String]) -> String {
        guard let first = changes.first else { return "" }
        return changes.count == 1 ? first : "\(first) and \(changes.count - 1) more"
    }
}
