import Addressing
import Compare
import Corpus
import Structure

extension SiteMap {
    /// The pages and anchors of the site: each draft's anchors, each position's and page's
    /// headings and passages, each provision's versions, in each language of each document.
    public static func of(_ linked: StructuredCorpus, _ comparison: Comparison, translations: TranslatedTexts = TranslatedTexts()) -> SiteMap {
        let defaultLanguage = linked.site.language
        func own(_ language: String) -> String? {
            language.isEmpty || language == defaultLanguage ? nil : language
        }
        return SiteMap(
            drafts: linked.drafts.map { draft in
                SiteMap.Document(
                    id: draft.source.id, anchors: draft.text.anchors, language: own(draft.source.language),
                    translations: draft.source.translations.map { ($0.language, translations.drafts[draft.source.id]?[$0.language]?.anchors ?? draft.text.anchors) }
                )
            },
            positions: linked.positions.map { position in
                SiteMap.Document(
                    id: position.source.id, anchors: position.document.anchors, language: own(position.source.language),
                    translations: position.source.translations.map { ($0.language, translations.positions[position.source.id]?[$0.language]?.anchors ?? []) }
                )
            },
            pages: linked.pages.map { page in
                SiteMap.Document(
                    id: page.source.id, anchors: page.document.anchors, language: own(page.source.language),
                    translations: page.source.translations.map { ($0.language, translations.pages[page.source.id]?[$0.language]?.anchors ?? []) }
                )
            },
            stakeholders: linked.stakeholders.map(\.source.id),
            sessions: linked.sessions.map(\.id),
            provisions: comparison.concordance.provisions.map { SiteMap.Provision(key: $0.key, drafts: $0.versions.map(\.draftID)) },
            languages: linked.site.languages,
            stakeholderLanguages: Dictionary(linked.stakeholders.compactMap { stakeholder in
                let languages = stakeholder.source.languages(default: defaultLanguage)
                return languages == [defaultLanguage] ? nil : (stakeholder.source.id, languages)
            }, uniquingKeysWith: { first, _ in first })
        )
    }
}
