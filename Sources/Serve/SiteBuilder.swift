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
    /// Held while a build runs: the record of the last good full or incremental build (for a
    /// change to the theme alone, and for an incremental build), and the site made from it
    /// when it is the site served (`nil` after a failed build: then a full build follows).
    private let running = Mutex<Kept>(Kept())

    /// What a build leaves for the next.
    private struct Kept {
        var record: RenderedRecord?
        /// The files of the last build when it succeeded, from `record` and the theme as it is.
        var site: [String: Data]?
    }

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

    /// How a build was made, for its line.
    private enum Kind {
        case full, rerender, incremental(rendered: Int)
    }

    /// Builds the site (one build at a time) and publishes it, or records its problems;
    /// `changes` are the paths that prompted it, for the message. Returns whether it succeeded.
    @discardableResult
    func build(after changes: [String] = []) -> Bool {
        running.withLock { kept in
            let start = ContinuousClock.now
            let report: BuildReport
            let site: [String: Data]?
            var kind = Kind.full
            let rerender = kept.record != nil && Self.touchTheThemeAlone(changes)
            // One position's words edited: its page first, then the site.
            if let record = kept.record, !rerender, let id = Self.editedPosition(changes), store.status.problems.isEmpty,
               let page = try? Travaux.renderEditedPosition(id, record: record, options: options) {
                store.update(page.path, with: page.data)
                let seconds = (ContinuousClock.now - start) / .seconds(1)
                say("travaux: showed \(page.path) in \(String(format: "%.2f", seconds)) s after a change to \(changes[0]); building the rest")
            }
            do {
                if let record = kept.record, rerender {
                    let result = try Travaux.rerenderInMemory(record, options: options)
                    (report, site, kind) = (result.report, result.site.files, .rerender)
                } else if let record = kept.record, let last = kept.site,
                          let result = try Travaux.rebuildInMemory(record, site: last, changes: changes, options: options, pagesReady: { pages in
                              // The pages first, with the last search index; the site as a whole follows.
                              self.store.publish(pages)
                              let seconds = (ContinuousClock.now - start) / .seconds(1)
                              self.say("travaux: served the new pages in \(String(format: "%.2f", seconds)) s after a change to \(Self.summary(changes)); indexing")
                          }) {
                    (report, site, kind) = (result.report, result.site?.files, .incremental(rendered: result.rendered))
                    kept.record = result.record
                } else {
                    kept.record = nil
                    let result = try Travaux.buildInMemory(options, keepingRecord: true)
                    (report, site, kept.record) = (result.report, result.site?.files, result.record)
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
                kept.site = site
                let time = String(format: "%.2f", seconds)
                switch kind {
                case .full: say("travaux: built \(site.count) files in \(time) s\(cause)")
                case .rerender: say("travaux: rendered the pages again (\(site.count) files) in \(time) s\(cause)")
                case .incremental(let rendered):
                    say("travaux: rebuilt \(rendered) of \(site.count) files (and the search index) in \(time) s\(cause)")
                }
                return true
            }
            kept.site = nil
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
