import Addressing
import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Markdown
import Render
import Structure

extension Travaux {
    /// The page of the position `id` rendered from `record` with the body its file holds now:
    /// what a clean build gives for that page, byte for byte, when nothing but the body's words
    /// changed. `nil` when more changed (its front matter, its anchors, a proposal) or the
    /// file has a problem, or the position is not in `record`: then only a build tells.
    ///
    /// `travaux serve` shows this page at once after a save, then builds the whole site.
    public static func renderEditedPosition(_ id: String, record: RenderedRecord, options: BuildOptions) throws -> (path: String, data: Data)? {
        let kept = record.prepared.linked
        guard let index = kept.positions.firstIndex(where: { $0.source.id == id }) else { return nil }
        let old = kept.positions[index]
        var log = DiagnosticLog()
        let loader = ContentLoader(siteDirectory: options.source, publication: options.publication).reading(languages: kept.site.languages)
        guard var source = loader.position(id: id, log: &log), log.diagnostics.isEmpty else { return nil }
        // Its language as the load stage gives it, and its translations (other files) as they were.
        if source.language.isEmpty { source.language = kept.site.language }
        source.translations = old.source.translations
        let (structured, structureDiagnostics) = Structurer.position(source)
        // Its passages may be added to, not taken away (the lock may hold them: only a build
        // tells).
        guard structureDiagnostics.isEmpty, structured.source == old.source,
              Set(old.document.anchors).isSubset(of: structured.document.anchors)
        else { return nil }
        let (linked, _, linkDiagnostics) = CitationStage.link(structured, in: kept)
        // The page shows the position's proposals as the compare stage read them: they must
        // be as they were, at the same passages (their lines aside).
        let (proposals, proposalDiagnostics) = ComparisonStage.proposals(of: linked, in: kept)
        guard linkDiagnostics.isEmpty, proposalDiagnostics.isEmpty,
              proposals.map(withoutLine) == record.prepared.comparison.proposals(in: id).map(withoutLine)
        else { return nil }
        var corpus = kept
        corpus.positions[index] = linked
        let theme = try Theme.load(siteDirectory: options.source, name: corpus.site.theme)
        let renderer = SiteRenderer(
            corpus: corpus, citations: record.prepared.citations, comparison: record.prepared.comparison,
            siteMap: record.siteMap, permalinks: record.plan, theme: theme, translations: record.prepared.translations
        )
        // Where the position is published in the default language's listing: under its own
        // language's prefix when it has no version in the default language.
        let route = record.siteMap.route(.position(id), in: record.siteMap.defaultLanguage)
        return (route.file, Data(try renderer.pageBytes(route)))
    }

    /// `proposal` without its line, which the position's page does not show.
    private static func withoutLine(_ proposal: Proposal) -> Proposal {
        var proposal = proposal
        proposal.line = 0
        return proposal
    }
}
