import Diagnostics
import Foundation
import Synchronization
import TravauxKit

/// Builds the site into memory for `travaux serve` and puts each good build in the
/// ``SiteStore``; prints what `build` prints (the problems in the same format) and one line
/// per rebuild. A failed build leaves the last good site in place, its problems shown over
/// the pages. A change to the content rebuilds everything; a change to the theme or the
/// templates alone renders the pages again from the record the last good build kept
/// (``TravauxKit/Travaux/rerenderInMemory(_:options:)``): see docs/serve.md.
final class SiteBuilder: Sendable {
    let options: BuildOptions
    let store: SiteStore
    private let printer: @Sendable (_ report: BuildReport) -> Void
    private let say: @Sendable (String) -> Void
    /// Held while a build runs: the record of the last good full build, for a change to the
    /// theme alone.
    private let running = Mutex<RenderedRecord?>(nil)

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
        running.withLock { record in
            let start = ContinuousClock.now
            let report: BuildReport
            let site: [String: Data]?
            let rerender = record != nil && Self.touchTheThemeAlone(changes)
            // One position's words edited: its page first, then the whole site.
            if let kept = record, !rerender, let id = Self.editedPosition(changes), store.status.problems.isEmpty,
               let page = try? Travaux.renderEditedPosition(id, record: kept, options: options) {
                store.update(page.path, with: page.data)
                let seconds = (ContinuousClock.now - start) / .seconds(1)
                say("travaux: showed \(page.path) in \(String(format: "%.2f", seconds)) s after a change to \(changes[0]); building the rest")
            }
            do {
                if let kept = record, rerender {
                    let result = try Travaux.rerenderInMemory(kept, options: options)
                    (report, site) = (result.report, result.site.files)
                } else {
                    record = nil
                    let result = try Travaux.buildInMemory(options, keepingRecord: true)
                    (report, site, record) = (result.report, result.site?.files, result.record)
                }
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
                say("travaux: \(rerender ? "rendered the pages again" : "built") \(site.count) files in \(String(format: "%.2f", seconds)) s\(cause)")
                return true
            }
            let problems = report.diagnostics.filter { $0.fails(strict: options.strict) }
            store.fail(problems.isEmpty ? report.diagnostics : problems)
            say("travaux: the build failed with \(problems.count) error(s)\(cause); "
                + (store.status.hasSite ? "still serving the last good site" : "serving the problems until they are fixed"))
            return false
        }
    }

    /// The id of the position when `changes` is that one position's file
    /// (`content/positions/<id>.md`).
    static func editedPosition(_ changes: [String]) -> String? {
        guard changes.count == 1, changes[0].hasPrefix("content/positions/"), changes[0].hasSuffix(".md") else { return nil }
        let id = String(changes[0].dropFirst("content/positions/".count).dropLast(3))
        return id.contains("/") ? nil : id
    }

    /// Whether `changes` are all in the theme, the templates or the interface strings
    /// (`i18n/`), which only the render stage reads, so that the content's record can be rendered again as it is.
    static func touchTheThemeAlone(_ changes: [String]) -> Bool {
        !changes.isEmpty && changes.allSatisfy { change in
            ["themes", "templates", "i18n"].contains { change == $0 || change.hasPrefix($0 + "/") }
        }
    }

    /// `content/a.md`, or `content/a.md and 3 more`.
    static func summary(_ changes: [String]) -> String {
        guard let first = changes.first else { return "" }
        return changes.count == 1 ? first : "\(first) and \(changes.count - 1) more"
    }
}
