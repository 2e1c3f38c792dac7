import Foundation
import Testing
@testable import Corpus

/// The load stage in several languages: `languages:` in site.yml, translations as
/// `<id>.<lang>.md`, and `language:` for a document written in another language.
@Suite struct ContentLoaderLanguagesTests {
    static let sixLanguages = "title: Record\nbase_url: https://example.org/\nlanguages: [en, fr, es, ar, zh, ru]\n"

    func site(_ settings: String = Self.sixLanguages) throws -> TemporarySite {
        let site = try TemporarySite(settings: settings)
        try site.write("content/stakeholders/icc.md", "---\nname: ICC\n---\n")
        try site.write("content/drafts/zero.md", "---\ntitle: Zero draft\ndate: 2023-01\n---\n## Article 1. Purpose\n\nText.\n")
        return site
    }

    func errors(_ result: ContentLoader.Result) -> [String] {
        result.diagnostics.map(\.description)
    }

    @Test func readsTheSiteLanguagesWithTheFirstAsDefault() throws {
        let result = try site().load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.corpus?.site.languages == ["en", "fr", "es", "ar", "zh", "ru"])
        #expect(result.corpus?.site.language == "en")
        #expect(result.corpus?.site.isMultilingual == true)
    }

    @Test func languageAloneStillMeansOneLanguage() throws {
        let result = try site("title: R\nbase_url: https://example.org/\nlanguage: fr\n").load()
        #expect(result.corpus?.site.languages == ["fr"])
        #expect(result.corpus?.site.isMultilingual == false)
        #expect(result.corpus?.drafts.first?.language == "fr")
    }

    @Test(arguments: [
        ("languages: [en, fr, en]", "content/site.yml:3: error: 'en' is listed twice in 'languages:'; list each language once"),
        ("languages: [en, French]", "content/site.yml:3: error: 'French' in 'languages:' is not a language tag: write BCP 47 tags such as en, fr, es, ar, zh, ru"),
        ("language: fr\nlanguages: [en, fr]", "content/site.yml:3: error: language 'fr' is not the first of 'languages:' (en); the first of 'languages:' is the default: remove 'language:'"),
    ])
    func refusesBadSiteLanguagesAtTheirLine(_ line: String, _ message: String) throws {
        let result = try site("title: R\nbase_url: https://example.org/\n\(line)\n").load()
        #expect(errors(result).contains(message))
    }

    @Test func attachesTranslationsInTheOrderOfTheSiteLanguages() throws {
        let site = try site()
        try site.write("content/drafts/zero.zh.md", "---\ntitle: 零草案\n---\n## 第1条\n\n案文。\n")
        try site.write("content/drafts/zero.fr.md", "---\ntitle: Avant-projet\n---\n## Article premier\n\nTexte.\n")
        try site.write("content/stakeholders/icc.ar.md", "---\nname: غرفة التجارة الدولية\nshort: غتد\n---\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        let draft = try #require(result.corpus?.drafts.first)
        #expect(draft.language == "en")
        #expect(draft.translations.map(\.language) == ["fr", "zh"])
        #expect(draft.translation("fr")?.title == "Avant-projet")
        #expect(draft.translation("fr")?.body.firstLine == 4)
        #expect(result.corpus?.drafts.count == 1)
        #expect(result.corpus?.stakeholders.first?.translation("ar")?.short == "غتد")
    }

    @Test func aLanguageSuffixTheSiteDoesNotPublishIsAnErrorNamingTheAllowedOnes() throws {
        let site = try site()
        try site.write("content/drafts/zero.de.md", "---\ntitle: Nullentwurf\n---\n")
        #expect(errors(try site.load()) == [
            "content/drafts/zero.de.md: error: 'de' in the file name is not one of the site's languages (en, fr, es, ar, zh, ru): "
                + "add it to 'languages:' in content/site.yml, or rename the file to 'zero.md' or 'zero.<language>.md'",
        ])
    }

    @Test func aOneLanguageSiteRefusesATranslation() throws {
        let site = try site(TemporarySite.siteSettings)
        try site.write("content/drafts/zero.fr.md", "---\ntitle: Avant-projet\n---\n")
        #expect(errors(try site.load()).first?.hasPrefix("content/drafts/zero.fr.md: error: 'fr' in the file name is not one of the site's languages (en)") == true)
    }

    @Test func aDocumentWrittenInAnotherLanguageSaysSoInItsFrontMatter() throws {
        let site = try site()
        try site.write("content/positions/mex.md", "---\ntitle: Posición\nstakeholder: icc\ndate: 2023-02\nlanguage: es\n---\nTexto.\n")
        try site.write("content/positions/mex.en.md", "---\ntitle: Position\n---\nText.\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        let position = try #require(result.corpus?.positions.first)
        #expect(position.language == "es")
        #expect(position.translations.map(\.language) == ["en"])
    }

    @Test func aDocumentLanguageTheSiteDoesNotPublishIsAnErrorAtItsLine() throws {
        let site = try site()
        try site.write("content/positions/mex.md", "---\ntitle: Posición\nstakeholder: icc\ndate: 2023-02\nlanguage: pt\n---\nTexto.\n")
        let found = errors(try site.load())
        #expect(found == [
            "content/positions/mex.md:5: error: language 'pt' is not one of the site's languages (en, fr, es, ar, zh, ru); write one of them, or add 'pt' to 'languages:' in content/site.yml",
        ])
    }

    @Test func aTranslationWithoutItsOriginalIsTheDocumentInThatLanguage() throws {
        let site = try site()
        // The first of the site's languages (zh before ru) is the original.
        try site.write("content/positions/rus.zh.md", "---\ntitle: 立场\nstakeholder: icc\ndate: 2023-03\n---\n文本。\n")
        try site.write("content/positions/rus.ru.md", "---\ntitle: Позиция\n---\nТекст.\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        let position = try #require(result.corpus?.positions.first)
        #expect(position.id == "rus")
        #expect(position.path == "content/positions/rus.zh.md")
        #expect(position.language == "zh")
        #expect(position.translations.map(\.language) == ["ru"])
    }

    @Test func aTranslationInTheOriginalsOwnLanguageIsAnError() throws {
        let site = try site()
        try site.write("content/drafts/zero.en.md", "---\ntitle: Zero\n---\n")
        #expect(errors(try site.load()) == [
            "content/drafts/zero.en.md: error: content/drafts/zero.md is already the version in 'en' (its language); delete one of them, or give the original its own language with 'language:'",
        ])
    }

    @Test func fieldsATranslationTakesFromItsOriginalAreWarnings() throws {
        let site = try site()
        try site.write("content/drafts/zero.fr.md", "---\ntitle: Avant-projet\ndate: 2023-01\n---\n")
        #expect(errors(try site.load()) == [
            "content/drafts/zero.fr.md:3: warning: 'date' is ignored in a translation: it is taken from the original; remove it (a translation sets only 'title', 'language', 'source')",
        ])
    }

    @Test func aTranslationWithoutTitleIsAnError() throws {
        let site = try site()
        try site.write("content/drafts/zero.fr.md", "---\nsource: https://example.org/fr\n---\n")
        #expect(errors(try site.load()).contains { $0.hasPrefix("content/drafts/zero.fr.md:") && $0.contains("missing required field 'title'") })
    }
}
