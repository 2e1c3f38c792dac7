import Addressing
import Render
import Search
import Structure

extension Travaux {
    /// The files of the site's search indexes, sorted by path: one index of the record in
    /// the site's language under `/search/`; on a site in several languages (`siteMap` given),
    /// one more per other language under `/<lang>/search/`, each of the record as a reader of
    /// that language reads it, its links to each page in that language where it exists.
    static func searchIndexes(_ prepared: Prepared, siteMap: SiteMap?) -> [SearchIndex.File] {
        let linked = prepared.linked
        guard let siteMap else {
            return SearchStage.index(linked, citations: prepared.citations, comparison: prepared.comparison, language: linked.site.language).files
        }
        var files: [SearchIndex.File] = []
        for language in linked.site.languages {
            let isDefault = language == linked.site.language
            let record = isDefault ? linked : prepared.translations.record(linked, in: language)
            files += SearchStage.index(
                record, citations: prepared.citations, comparison: prepared.comparison, language: language,
                folder: isDefault ? "" : language + "/", link: { siteMap.path($0, in: language) }
            ).files
        }
        return files.sorted { $0.path < $1.path }
    }
}
