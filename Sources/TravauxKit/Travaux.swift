import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Output
import Permalinks
import Render
import Search
import Structure

/// The pipeline: content/ -> load -> structure -> link -> compare -> render and index -> write -> public/
/// (DESIGN.md §5).
public enum Travaux {
    /// Builds the site. Content problems come back as diagnostics, all of them; the output
    /// folder is replaced only when there is no error (and, with `strict`, no warning).
    /// Throws only when the site folder or the output cannot be used at all: an output folder
    /// that overlaps the sources is refused before anything is read or written.
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let output = try OutputFolder(options.output, site: options.source, sources: BuildOptions.sourceFolders, force: options.force)
        var clock = StageClock()
        var log = DiagnosticLog()
        guard let prepared = try prepare(options, clock: &clock, log: &log) else {
            return BuildReport(diagnostics: log.sorted, published: false, files: 0, timings: clock.laps)
        }
        let (corpus, linked, citations) = (prepared.corpus, prepared.linked, prepared.citations)
        let theme = try Theme.load(siteDirectory: options.source, name: corpus.site.theme)
        var renderer = SiteRenderer(corpus: linked, citations: citations, comparison: prepared.comparison, theme: theme)
        let published = renderer.publishedAddresses()
        let (plan, permalinkDiagnostics) = PermalinkChecker.check(
            published: published, lock: corpus.anchorLock, redirects: corpus.redirects, reserved: SiteRenderer.reservedPaths
        )
        log.append(contentsOf: permalinkDiagnostics)
        guard !log.hasErrors(strict: options.strict) else {
            return BuildReport(diagnostics: log.sorted, published: false, files: 0, timings: clock.laps)
        }
        renderer.permalinks = plan
        // The new lock is sorted while the site renders.
        let lock = Background { PermalinkChecker.lockFile(PermalinkChecker.updatedLock(published: published, lock: corpus.anchorLock)) }
        clock.lap("anchor lock")

        var notes: [String] = []
        let staging = try OutputStaging(destination: output.url)
        let counter = FileCounter()
        do {
            try renderer.render { path, data in
                try staging.write(data, to: path)
                counter.increment()
            }
            clock.lap("render and write")
            // The index stage reads the parsed record, not the pages just written.
            let index = SearchStage.index(linked, citations: citations, comparison: prepared.comparison)
            clock.lap("search index")
            try staging.write(index.files.map { ($0.path, $0.data) })
            counter.add(index.files.count)
            clock.lap("write search index")
            if let note = try staging.commit() { notes.append(note) }
            clock.lap("publish")
        } catch {
            staging.discard()
            throw error
        }
        if options.updateLock {
            try writeLock(lock.value, in: options.source)
            clock.lap("write lock")
        }
        // Millions of small values die here; free them on another thread so a command-line
        // build that exits next does not wait for it (clang's -disable-free, by other means).
        releaseInBackground(prepared, renderer, plan, published)
        return BuildReport(diagnostics: log.sorted, published: true, files: counter.value, timings: clock.laps, notes: notes)
    }

    /// The exit status for an error `build` or `check` threw: 64 for a bad argument (an output
    /// folder that would replace the sources), 1 otherwise.
    public static func exitStatus(for error: any Error) -> Int32 {
        if let error = error as? OutputError, error.isUsageError { return 64 }
        return 1
    }
}

extension Travaux {
    /// The corpus loaded, structured, linked and compared.
    struct Prepared: Sendable {
        var corpus: Corpus
        var linked: StructuredCorpus
        var citations: CitationIndex
        var comparison: Comparison
    }

    /// Load, structure, link and compare; `nil` when the content has errors (they are in `log`).
    /// The unlinked structure is released (in the background) as soon as linking is done, so
    /// it does not double the memory the render stage runs in.
    static func prepare(_ options: BuildOptions, clock: inout StageClock, log: inout DiagnosticLog) throws -> Prepared? {
        let loaded = try ContentLoader(siteDirectory: options.source).load()
        clock.lap("load")
        log.append(contentsOf: loaded.diagnostics)
        guard let corpus = loaded.corpus, !log.hasErrors(strict: options.strict) else { return nil }
        let (structured, structureDiagnostics) = Structurer.structure(corpus)
        clock.lap("structure")
        log.append(contentsOf: structureDiagnostics)
        guard !log.hasErrors(strict: options.strict) else { return nil }
        let (linked, citations, linkDiagnostics) = CitationStage.link(structured)
        releaseInBackground(structured)
        clock.lap("link")
        log.append(contentsOf: linkDiagnostics)
        guard !log.hasErrors(strict: options.strict) else { return nil }
        let (comparison, compareDiagnostics) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        clock.lap("compare")
        log.append(contentsOf: compareDiagnostics)
        guard !log.hasErrors(strict: options.strict) else { return nil }
        return Prepared(corpus: corpus, linked: linked, citations: citations, comparison: comparison)
    }

    /// `travaux check`: builds the site into a temporary folder (content and public/ untouched),
    /// then checks every internal link and fragment of the result. References, the lock and
    /// redirects are checked by the build itself.
    public static func check(source: URL, strict: Bool) throws -> BuildReport {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")
        var report = try build(BuildOptions(source: source, output: output, strict: strict, updateLock: false))
        guard report.published else { return report }
        report.diagnostics += LinkChecker(root: output).check()
        report.diagnostics.sort()
        return report
    }
}

/// Hands the last references to `values` to a background thread, which releases them.
private func releaseInBackground<each Value: Sendable>(_ values: repeat each Value) {
    let bundle = (repeat each values)
    DispatchQueue.global(qos: .background).async {
        withExtendedLifetime(bundle) {}
    }
}

/// Records newly published addresses in `content/anchors.lock` (only when it changed).
private func writeLock(_ text: String, in site: URL) throws {
    let url = site.appendingPathComponent(PermalinkChecker.lockPath)
    if let existing = FileManager.default.contents(atPath: url.path), existing == Data(text.utf8) { return }
    do {
        try text.write(to: url, atomically: true, encoding: .utf8)
    } catch {
        throw BuildError.cannotWriteLock(reason: error.localizedDescription)
    }
}
