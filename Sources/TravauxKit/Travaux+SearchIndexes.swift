import Addressing
import Render
import Search
import Structure

extension Travaux {
    /// The files of the site's search indexes, sorted by path: one index of the record in
    /// the site's language under `/search/`; on a site in several languages (`siteMap` given),
    /// one more per other language under `/<lang>/search/`, each of the record as a reader of
    /// that language reads it, its links to each page in that language where it exists.
    /// `reusing` holds what the last build's indexes kept, by language (serve's incremental
    /// build); with `keeping`, `reuse` holds what these keep for the next.
    static func searchIndexes(
        _ prepared: Prepared, siteMap: SiteMap?, reusing: [String: SearchReuse] = [:], keeping: Bool = false
    ) -> (files: [SearchIndex.File], reuse: [String: SearchReuse]) {
        let linked = prepared.linked
        var reuse: [String: SearchReuse] = [:]
        guard let siteMap else {
            let language = linked.site.language
            let index = SearchStage.index(
                linked, citations: prepared.citations, comparison: prepared.comparison, language: language,
                reusing: reusing[language], keeping: keeping
            )
            reuse[language] = index.reuse
            return (index.files, reuse)
        }
        var files: [SearchIndex.File] = []
        for language in linked.site.languages {
            let isDefault = language == linked.site.language
            let record = isDefault ? linked : prepared.translations.record(linked, in: language)
            let index = SearchStage.index(
                record, citations: prepared.citations, comparison: prepared.comparison, language: language,
                folder: isDefault ? "" : language + "/", link: { siteMap.path($0, in: language) },
                reusing: reusing[language], keeping: keeping
            )
            files += index.files
            reuse[language] = index.reuse
        }
        return (files.sorted { $0.path < $1.path }, reuse)
    }
}
