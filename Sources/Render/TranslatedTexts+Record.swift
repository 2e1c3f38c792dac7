import Addressing
import Corpus
import Structure

extension TranslatedTexts {
    /// The record as a reader of `language` reads it: each draft, position, page and
    /// stakeholder in that language where it exists in it (its original or a translation:
    /// title, name and text), else as written. What a per-language stage (the search index of
    /// `/<lang>/search/`) reads; ids, dates, stakeholders and stances are the originals'.
    public func record(_ linked: StructuredCorpus, in language: String) -> StructuredCorpus {
        let defaultLanguage = linked.site.language
        func version(_ document: some Translatable) -> Translation? {
            let own = document.language.isEmpty ? defaultLanguage : document.language
            return own == language ? nil : document.translation(language)
        }
        var record = linked
        for index in record.drafts.indices {
            let draft = record.drafts[index]
            guard let translation = version(draft.source), let text = drafts[draft.source.id]?[language] else { continue }
            record.drafts[index].text = text
            record.drafts[index].source.title = translation.title
            record.drafts[index].source.language = language
        }
        for index in record.positions.indices {
            let position = record.positions[index]
            guard let translation = version(position.source), let document = positions[position.source.id]?[language] else { continue }
            record.positions[index].document = document
            record.positions[index].source.title = translation.title
            record.positions[index].source.language = language
        }
        for index in record.pages.indices {
            let page = record.pages[index]
            guard let translation = version(page.source), let document = pages[page.source.id]?[language] else { continue }
            record.pages[index].document = document
            record.pages[index].source.title = translation.title
            record.pages[index].source.description = translation.description ?? page.source.description
            record.pages[index].source.language = language
        }
        for index in record.stakeholders.indices {
            let stakeholder = record.stakeholders[index]
            guard let translation = version(stakeholder.source) else { continue }
            record.stakeholders[index].source.name = translation.title
            record.stakeholders[index].source.short = translation.short ?? stakeholder.source.short
            if let description = stakeholders[stakeholder.source.id]?[language] { record.stakeholders[index].description = description }
            record.stakeholders[index].source.language = language
        }
        return record
    }
}

extension SiteMap {
    /// A path from the site root as a route gives it (`positions/icc/#p_1`, `drafts/d/`) for a
    /// reader of `language`: the page in that language where it exists, else in its own
    /// (`es/positions/icc/#p_1`). Paths that name no page are returned as they are.
    public func path(_ path: String, in language: String) -> String {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let route = Route(address: "/" + parts[0]) else { return path }
        return self.route(route, in: language).path + (parts.count > 1 ? "#" + parts[1] : "")
    }
}
