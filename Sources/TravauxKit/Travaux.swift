import Addressing
import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Output
import Parallel
import Permalinks
import Render
import Search
import Structure

/// The pipeline (docs/design.md, *Pipeline*):
///
/// content/ -> load -> structure -> link -> compare -> address -> render and index -> write -> public/
///
/// Each stage reads what the ones before it made and nothing after: the addresses the site
/// publishes are decided (and checked against the lock and the redirects) before a theme
/// is loaded, and the render stage is one immutable value made from them.
public enum Travaux {
    /// Builds the site. Content problems come back as diagnostics, all of them; the output
    /// folder is replaced only when there is no error (and, with `strict`, no warning).
    /// Throws only when the site folder or the output cannot be used at all: an output folder
    /// that overlaps the sources is refused before anything is read or written.
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        try run(options).report
    }

    /// A build, and the permalink plan it honoured (for ``check(source:strict:)``).
    static func run(_ options: BuildOptions) throws -> (report: BuildReport, permalinks: PermalinkPlan?) {
        let output = try OutputFolder(options.output, site: options.source, sources: BuildOptions.sourceFolders, force: options.force)
        var clock = StageClock()
        var log = DiagnosticLog()
        let progress = options.showProgress ? ProgressLine() : nil
        defer { progress?.finish() }
        // The site is written to a staging folder, put in place only when the build succeeds.
        guard case (let staging, var generated)? = try generate(options, clock: &clock, log: &log, progress: progress, into: { try OutputStaging(destination: output.url) }) else {
            return (BuildReport(diagnostics: log.sorted, published: false, files: 0, timings: clock.laps), nil)
        }
        // Millions of small values die with the record; now that `generate` has returned, this
        // holds the last references, so another thread frees them while the site is published
        // (clang's -disable-free, by other means). Freed here, they cost a second of a
        // 10,000-page build.
        releaseInBackground(generated.takeRecord())
        var notes = generated.notes
        do {
            progress?.begin("publishing")
            if let note = try staging.commit() { notes.append(note) }
            clock.lap("publish")
        } catch {
            staging.discard()
            throw error
        }
        // A preview with held-back documents never records their addresses.
        if options.updateLock && !options.publication.includeUnpublished {
            try writeLock(generated.lock.value, in: options.source)
            clock.lap("write lock")
        }
        let report = BuildReport(diagnostics: log.sorted, published: true, files: generated.files, timings: clock.laps, notes: notes)
        return (report, generated.plan)
    }

    /// The site built into memory, as `build` would write it to disk (byte for byte), with
    /// no folder written and the lock left alone: what `travaux serve` shows. `site` is `nil`
    /// when the content has errors (they are in the report). With `keepingRecord`, the record
    /// the pages were rendered from is kept (`record`), for ``rerenderInMemory(_:options:)``.
    public static func buildInMemory(
        _ options: BuildOptions, keepingRecord: Bool = false
    ) throws -> (report: BuildReport, site: MemorySite?, record: RenderedRecord?) {
        var clock = StageClock()
        var log = DiagnosticLog()
        guard let (site, generated) = try generate(options, clock: &clock, log: &log, keep: keepingRecord, into: { MemorySite() }) else {
            return (BuildReport(diagnostics: log.sorted, published: false, files: 0, timings: clock.laps), nil, nil)
        }
        let report = BuildReport(diagnostics: log.sorted, published: true, files: generated.files, timings: clock.laps, notes: generated.notes)
        let record = generated.kept.map { kept in
            let files = site.files
            return RenderedRecord(
                kept, diagnostics: report.diagnostics, notes: report.notes, themeless: generated.themeless.map { ($0, files[$0]!) },
                searchReuse: generated.searchReuse
            )
        }
        return (report, site, record)
    }

    /// The site of `record` rendered again with the theme and templates as they are now, into
    /// memory: what ``buildInMemory(_:keepingRecord:)`` gives when only the theme or the
    /// templates changed (the stages before render, the search index and the corpus data
    /// depend on the content alone), byte for byte, in the time of the render stage.
    public static func rerenderInMemory(_ record: RenderedRecord, options: BuildOptions) throws -> (report: BuildReport, site: MemorySite) {
        var clock = StageClock()
        let site = MemorySite()
        let counter = FileCounter()
        let theme = try Theme.load(siteDirectory: options.source, name: record.prepared.corpus.site.theme)
        let renderer = SiteRenderer(
            corpus: record.prepared.linked, citations: record.prepared.citations, comparison: record.prepared.comparison,
            siteMap: record.siteMap, permalinks: record.plan, theme: theme, translations: record.prepared.translations
        )
        try renderer.render { path, data in
            try site.write(data, to: path)
            counter.increment()
        }
        for (path, data) in record.themeless { try site.write(data, to: path) }
        counter.add(record.themeless.count)
        clock.lap("render and write")
        return (BuildReport(diagnostics: record.diagnostics, published: true, files: counter.value, timings: clock.laps, notes: record.notes), site)
    }

    /// What ``generate(_:clock:log:progress:into:)`` made besides the files.
    struct Generated {
        /// The permalinks honoured.
        var plan: PermalinkPlan
        /// The text of the updated `content/anchors.lock`, sorted alongside render.
        var lock: Background<String>
        /// The number of files written.
        var files: Int
        var notes: [String]
        /// The files that do not depend on the theme: the search index and the corpus data.
        var themeless: [String]
        /// With `keep`, the record the pages were rendered from.
        var kept: (prepared: Prepared, siteMap: SiteMap, plan: PermalinkPlan)?
        /// With `reusing`, the pages rendered again (the others were taken from the last site).
        var rendered: Int?
        /// With `keep`, what the search indexes kept for the next build's.
        var searchReuse: [String: SearchReuse] = [:]
        /// Without `keep`, the record and the renderer, for the caller to free
        /// (``takeRecord()``) once `generate`'s own references are gone.
        var record: (any Sendable)?

        /// The record, which this no longer holds.
        mutating func takeRecord() -> (any Sendable)? {
            defer { record = nil }
            return record
        }
    }

    /// Every stage but the last step of the write stage: the site's files go to the sink
    /// `makeSink` makes (once the content is known to load); `nil` when the content has errors
    /// (they are in `log`; what was written is discarded). With `keep`, the record the pages
    /// were rendered from is returned instead of freed.
    static func generate<Sink: SiteSink>(
        _ options: BuildOptions, clock: inout StageClock, log: inout DiagnosticLog, progress: ProgressLine? = nil,
        keep: Bool = false, reusing previous: Previous? = nil, pagesWritten: ((Sink) -> Void)? = nil,
        into makeSink: () throws -> Sink
    ) throws -> (Sink, Generated)? {
        guard let prepared = try prepare(options, clock: &clock, log: &log, progress: progress, reusing: previous) else { return nil }
        let (corpus, linked, citations, comparison) = (prepared.corpus, prepared.linked, prepared.citations, prepared.comparison)
        let staging = try makeSink()
        // The index stage and the corpus data read the parsed record, not the pages: they run
        // alongside the address and render stages, each on a thread of its own, on the cores
        // those leave idle; the corpus data is streamed into its file as it is written, and
        // holds little memory (the citations it writes are read where they are).
        // A site in several languages has an index per language, under `/<lang>/search/`
        // (docs/search.md, "Languages"), whose links go to each page in the reader's
        // language: its site map is made first. A site in one language needs none.
        let languageMap = linked.site.isMultilingual ? SiteMap.of(linked, comparison, translations: prepared.translations) : nil
        // When the pages are wanted first (serve's incremental build shows them before the
        // index is done), the index and the corpus data wait for them instead of sharing the
        // cores with them: the pages' signal lets one through, which lets the other through.
        let pagesFirst = pagesWritten != nil ? DispatchSemaphore(value: 0) : nil
        @Sendable func afterThePages() {
            pagesFirst?.wait()
            pagesFirst?.signal()
        }
        let reusableIndexes = previous?.record.searchReuse ?? [:]
        let background = Background { () -> (index: [SearchIndex.File], reuse: [String: SearchReuse], lap: (String, StageClock.Lap)) in
            afterThePages()
            let lap = StageClock.Lap.start()
            let (index, reuse) = Self.searchIndexes(prepared, siteMap: languageMap, reusing: reusableIndexes, keeping: keep)
            // With a last index to reuse, what this one made again.
            let made = previous == nil ? "" : " (" + reuse.keys.sorted().compactMap { language in
                reuse[language].map { "\(language): \($0.tokenizedChunks) chunks tokenized, \($0.compressedFiles) files compressed" }
            }.joined(separator: "; ") + ")"
            return (index, reuse, ("search index" + made, lap.finish()))
        }
        let corpusData = Background { () -> (failure: OutputError?, lap: (String, StageClock.Lap)) in
            afterThePages()
            let lap = StageClock.Lap.start()
            var failure: OutputError?
            do throws(OutputError) {
                try staging.stream(to: SiteFile.corpusData.path) { (emit: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) in
                    try CorpusData.write(linked, citations: citations, comparison: comparison, siteMap: languageMap) { (bytes: [UInt8]) throws(OutputError) in
                        var error: OutputError?
                        bytes.withUnsafeBytes { buffer in
                            do throws(OutputError) { try emit(buffer) } catch let failure { error = failure }
                        }
                        if let error { throw error }
                    }
                }
            } catch {
                failure = error
            }
            return (failure, ("corpus data", lap.finish()))
        }
        /// Stops the build: waits for the work alongside, then deletes what was staged.
        func abandon() {
            pagesFirst?.signal()
            _ = background.value
            _ = corpusData.value
            staging.discard()
        }

        // Address: every page and anchor the site publishes, checked against the lock.
        progress?.begin("checking addresses")
        let siteMap = languageMap ?? SiteMap.of(linked, comparison, translations: prepared.translations)
        let published = siteMap.addresses()
        let (plan, permalinkDiagnostics) = PermalinkChecker.check(
            published: published, lock: corpus.anchorLock, redirects: corpus.redirects, reserved: SiteFile.reserved
        )
        log.append(contentsOf: permalinkDiagnostics)
        guard !log.hasErrors(strict: options.strict) else {
            abandon()
            return nil
        }
        // The new lock is sorted while the site renders.
        let lock = Background { PermalinkChecker.lockFile(PermalinkChecker.updatedLock(published: published, lock: corpus.anchorLock)) }
        clock.lap("address")

        let notes = corpus.heldBack.map { "travaux: not published: \($0.path) (\($0.reason)); --include-unpublished shows it in a preview" }
        let counter = FileCounter()
        let renderer: SiteRenderer
        let themeless: [String]
        var rendered: Int?
        var searchReuse: [String: SearchReuse] = [:]
        do {
            let theme = try Theme.load(siteDirectory: options.source, name: corpus.site.theme)
            renderer = SiteRenderer(
                corpus: linked, citations: citations, comparison: comparison, siteMap: siteMap, permalinks: plan, theme: theme,
                translations: prepared.translations
            )
            progress?.begin("rendering pages", counting: counter)
            if let previous {
                // Only the pages the edit can change; every other page as the last site had it.
                let selected = previous.pages(prepared: prepared, siteMap: siteMap, plan: plan)
                try renderer.render(pages: selected.contains) { path, data in
                    try staging.write(data, to: path)
                    counter.increment()
                }
                rendered = counter.value
                // (`selected` holds every page the last site does not have.)
                for route in siteMap.routes where !selected.contains(route) {
                    if let data = previous.files[route.file] { try staging.write(data, to: route.file) }
                    counter.increment()
                }
            } else {
                try renderer.render { path, data in
                    try staging.write(data, to: path)
                    counter.increment()
                }
            }
            clock.lap("render and write")
            pagesWritten?(staging)
            pagesFirst?.signal()
            progress?.begin("indexing")
            let (index, reuse, indexLap) = background.value
            let (dataFailure, dataLap) = corpusData.value
            searchReuse = reuse
            if let dataFailure { throw dataFailure }
            clock.lap("waiting for the search index and data")
            for (stage, lap) in [indexLap, dataLap] { clock.record(stage + (pagesFirst == nil ? " (alongside address and render)" : " (after the pages)"), lap) }
            try staging.write(index.map { ($0.path, $0.data) })
            themeless = index.map(\.path) + [SiteFile.corpusData.path]
            counter.add(index.count + 1)
            clock.lap("write search index")
        } catch {
            abandon()
            throw error
        }
        var generated = Generated(plan: plan, lock: lock, files: counter.value, notes: notes, themeless: themeless, rendered: rendered, searchReuse: searchReuse)
        if keep {
            generated.kept = (prepared, siteMap, plan)
        } else {
            generated.record = (prepared, renderer, siteMap, published)
        }
        return (staging, generated)
    }

    /// The exit status for an error `build` or `check` threw: 64 for a bad argument (an output
    /// folder that would replace the sources), 1 otherwise.
    public static func exitStatus(for error: any Error) -> Int32 {
        if let error = error as? OutputError, error.isUsageError { return 64 }
        if error is UsageError { return 64 }
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
        /// The parsed text of every translation.
        var translations = TranslatedTexts()
    }

    /// Load, structure, link and compare; `nil` when the content has errors (they are in `log`).
    /// The link stage takes the structure and replaces each document's tree by its linked
    /// one, so the documents are never held twice.
    static func prepare(
        _ options: BuildOptions, clock: inout StageClock, log: inout DiagnosticLog, progress: ProgressLine? = nil, reusing previous: Previous? = nil
    ) throws -> Prepared? {
        progress?.begin("loading content")
        let loaded = try ContentLoader(siteDirectory: options.source, publication: options.publication).load()
        clock.lap("load")
        log.append(contentsOf: loaded.diagnostics)
        guard var corpus = loaded.corpus, !log.hasErrors(strict: options.strict) else { return nil }
        if let baseURL = options.baseURL { corpus.site.override(baseURL: baseURL) }
        let linked: StructuredCorpus
        let citations: CitationIndex
        let translations: TranslatedTexts
        if let previous, let reused = reusedStructure(previous, corpus: corpus, strict: options.strict) {
            // An incremental build: the changed documents alone structured and linked.
            corpus.releaseBodies()
            (linked, citations, translations) = (reused.linked, reused.citations, reused.translations)
            clock.lap("structure and link (the changed documents)")
            log.append(contentsOf: reused.diagnostics)
            guard !log.hasErrors(strict: options.strict) else { return nil }
            log.append(contentsOf: reused.linkDiagnostics)
            guard !log.hasErrors(strict: options.strict) else { return nil }
        } else {
            progress?.begin("parsing")
            let (structured, structureDiagnostics) = Structurer.structure(corpus)
            var (structuredTranslations, translationDiagnostics) = TranslatedTexts.structure(corpus, drafts: structured.drafts)
            corpus.releaseBodies()
            clock.lap("structure")
            log.append(contentsOf: structureDiagnostics)
            log.append(contentsOf: translationDiagnostics)
            guard !log.hasErrors(strict: options.strict) else { return nil }
            progress?.begin("linking references")
            let linkDiagnostics: [Diagnostic]
            (linked, citations, linkDiagnostics) = CitationStage.link(consume structured)
            let translationLinkDiagnostics = structuredTranslations.link(with: linked)
            translations = structuredTranslations
            clock.lap("link")
            log.append(contentsOf: linkDiagnostics)
            log.append(contentsOf: translationLinkDiagnostics)
            guard !log.hasErrors(strict: options.strict) else { return nil }
        }
        progress?.begin("comparing drafts")
        let (comparison, compareDiagnostics) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        clock.lap("compare")
        log.append(contentsOf: compareDiagnostics)
        guard !log.hasErrors(strict: options.strict) else { return nil }
        return Prepared(corpus: corpus, linked: linked, citations: citations, comparison: comparison, translations: translations)
    }

    /// `travaux check`: builds the site into a temporary folder (content and public/ untouched),
    /// then checks every internal link and fragment of the result. References, the lock and
    /// redirects are checked by the build itself.
    public static func check(source: URL, strict: Bool) throws -> BuildReport {
        try check(BuildOptions(source: source, strict: strict))
    }

    /// `travaux check` with the options of a build (``BuildOptions/output`` and
    /// ``BuildOptions/updateLock`` are ignored: the site goes to a temporary folder).
    public static func check(_ options: BuildOptions) throws -> BuildReport {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var options = options
        options.output = scratch.appendingPathComponent("public")
        options.updateLock = false
        options.force = false
        let output = options.output
        var (report, plan) = try run(options)
        guard report.published, let plan else { return report }
        report.diagnostics += LinkChecker(root: output, movedFragments: plan.fragmentMoves).check()
        report.diagnostics.sort()
        return report
    }
}

/// Hands the last references to `value` to a background thread, which releases them.
private func releaseInBackground(_ value: consuming (any Sendable)?) {
    let bundle = value
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
