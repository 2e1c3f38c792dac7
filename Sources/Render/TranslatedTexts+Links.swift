import Citations
import Diagnostics
import Structure

extension TranslatedTexts {
    /// The link stage for translations: the references of each translated position and page
    /// linked as its original's are (to the draft the original cites, with the grammars of
    /// every language), each diagnostic at the translation's path. Citations are counted
    /// once, from the originals: a translation says what its original says.
    public mutating func link(with linked: StructuredCorpus) -> [Diagnostic] {
        var scope = linked
        scope.positions = linked.positions.flatMap { position in
            position.source.translations.compactMap { translation -> StructuredCorpus.Position? in
                guard let document = positions[position.source.id]?[translation.language] else { return nil }
                var version = position
                version.document = document
                version.source.path = translation.path
                version.source.title = translation.title
                version.source.language = translation.language
                version.source.stances = []
                return version
            }
        }
        scope.pages = linked.pages.flatMap { page in
            page.source.translations.compactMap { translation -> StructuredCorpus.Page? in
                guard let document = pages[page.source.id]?[translation.language] else { return nil }
                var version = page
                version.document = document
                version.source.path = translation.path
                version.source.language = translation.language
                return version
            }
        }
        guard !scope.positions.isEmpty || !scope.pages.isEmpty else { return [] }
        let (result, _, diagnostics) = CitationStage.link(scope)
        for position in result.positions { positions[position.source.id]?[position.source.language] = position.document }
        for page in result.pages { pages[page.source.id]?[page.source.language] = page.document }
        return diagnostics
    }
}
