import Addressing
import Diagnostics
import Foundation
import Output
import Permalinks

extension Travaux {
    /// The last good site and the record it was made from, which an incremental build takes
    /// its unchanged pages from.
    struct Previous {
        let record: RenderedRecord
        /// The site's files, by path.
        let files: [String: Data]
        let changes: ContentChanges

        /// The pages of `siteMap` to render again: those reading a changed document
        /// (``AffectedPages``), those whose moved fragments differ from the last site's, and
        /// those the last site does not have.
        func pages(prepared: Prepared, siteMap: SiteMap, plan: PermalinkPlan) -> Set<Route> {
            let affected = AffectedPages(changes: changes, old: record.prepared, new: prepared)
            let oldMoves = record.plan.fragmentMoves
            let moved = Set(Set(oldMoves.keys).union(plan.fragmentMoves.keys).filter { oldMoves[$0] != plan.fragmentMoves[$0] })
            return Set(siteMap.routes.filter { route in
                affected.contains(route) || moved.contains(route.address()) || files[route.file] == nil
            })
        }
    }

    /// What ``rebuildInMemory(_:site:changes:options:)`` gives: the build's report, the site
    /// (`nil` when the content has errors), its record, and how many files the render stage
    /// made again (the others were the last site's).
    public struct Rebuild: Sendable {
        public var report: BuildReport
        public var site: MemorySite?
        public var record: RenderedRecord?
        public var rendered: Int
    }

    /// The site built again into memory after `changes` (paths relative to the site folder),
    /// from `record` and `site`, the last good build's: what ``buildInMemory(_:keepingRecord:)``
    /// gives for the content as it is now, byte for byte, with only the pages the change can
    /// alter rendered again (docs/serve.md, *What is rebuilt*). `nil` when the change is not
    /// one it takes (anything but positions and stakeholders): then only a full build tells.
    ///
    /// The stages before render run as in a build (load, structure, link, compare, address),
    /// and the search index and the corpus data are made again alongside the render stage.
    /// `pagesReady`, when given, is called as soon as the pages are: with the new site's pages
    /// and the last site's search index and corpus data (a preview of the result, while the
    /// index is still being made).
    public static func rebuildInMemory(
        _ record: RenderedRecord, site: [String: Data], changes: [String], options: BuildOptions,
        pagesReady: (([String: Data]) -> Void)? = nil
    ) throws -> Rebuild? {
        guard let changes = ContentChanges(paths: changes) else { return nil }
        var clock = StageClock()
        var log = DiagnosticLog()
        let previous = Previous(record: record, files: site, changes: changes)
        let written: ((MemorySite) -> Void)? = pagesReady.map { ready in
            { (pages: MemorySite) in
                var files = pages.files
                for (path, data) in record.themeless where files[path] == nil { files[path] = data }
                ready(files)
            }
        }
        guard let (memory, generated) = try generate(
            options, clock: &clock, log: &log, keep: true, reusing: previous, pagesWritten: written, into: { MemorySite() }
        ) else {
            return Rebuild(report: BuildReport(diagnostics: log.sorted, published: false, files: 0, timings: clock.laps), site: nil, record: nil, rendered: 0)
        }
        let report = BuildReport(diagnostics: log.sorted, published: true, files: generated.files, timings: clock.laps, notes: generated.notes)
        let files = memory.files
        let kept = generated.kept.map { kept in
            RenderedRecord(
                kept, diagnostics: report.diagnostics, notes: report.notes, themeless: generated.themeless.map { ($0, files[$0]!) },
                searchReuse: generated.searchReuse
            )
        }
        return Rebuild(report: report, site: memory, record: kept, rendered: generated.rendered ?? generated.files)
    }
}
