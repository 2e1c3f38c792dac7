import Addressing
import Diagnostics
import Foundation
import Permalinks
import Search

/// The record an in-memory build rendered its pages from, kept by `travaux serve` so that a
/// change to the theme or the templates alone renders the pages again without loading,
/// structuring, linking, comparing, addressing or indexing the content
/// (``Travaux/rerenderInMemory(_:options:)``).
public final class RenderedRecord: Sendable {
    /// The content loaded, structured, linked and compared.
    let prepared: Travaux.Prepared
    /// The pages and anchors the site publishes, and the permalinks honoured.
    let siteMap: SiteMap
    let plan: PermalinkPlan
    /// The build's diagnostics (warnings) and notes, which depend on the content alone.
    let diagnostics: [Diagnostic]
    let notes: [String]
    /// The files that do not depend on the theme (the search index, the corpus data), by path.
    let themeless: [(String, Data)]
    /// What each language's search index kept for the next build's (``SearchReuse``).
    let searchReuse: [String: SearchReuse]

    init(
        _ kept: (prepared: Travaux.Prepared, siteMap: SiteMap, plan: PermalinkPlan),
        diagnostics: [Diagnostic], notes: [String], themeless: [(String, Data)], searchReuse: [String: SearchReuse] = [:]
    ) {
        (prepared, siteMap, plan) = kept
        self.searchReuse = searchReuse
        self.diagnostics = diagnostics
        self.notes = notes
        self.themeless = themeless
    }
}
