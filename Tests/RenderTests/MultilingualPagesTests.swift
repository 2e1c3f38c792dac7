import Addressing
import Foundation
import Testing
@testable import Render

/// The pages of a site in six languages (`examples/multilingual/`): each in the languages
/// it exists in, with `lang`, `dir`, `hreflang` alternates, a switcher and the interface in
/// the page's language.
@Suite struct MultilingualPagesTests {
    static let renderer = Result { try RenderFixture.renderer(site: RenderFixture.multilingualSite) }

    func page(_ route: Route) throws -> String {
        try Self.renderer.get().page(route)
    }

    @Test(arguments: [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("ar", "rtl"), ("zh", "ltr"), ("ru", "ltr")])
    func everyPageOfALanguageCarriesItsLangAndDir(_ language: String, _ dir: String) throws {
        let renderer = try Self.renderer.get()
        let routes = renderer.siteMap.routes.filter { ($0.language ?? "en") == language }
        #expect(routes.count >= 12)
        for route in routes {
            let html = try renderer.page(route)
            #expect(html.contains("<html lang=\"\(language)\" dir=\"\(dir)\">"), "\(route.path)")
        }
    }

    @Test func aTranslatedDraftHasTheOriginalsAnchorsAndItsOwnWords() throws {
        let french = try page(.localized("fr", .draft("zero-draft")))
        let chinese = try page(.localized("zh", .draft("zero-draft")))
        let english = try page(.draft("zero-draft"))
        for anchor in ["preamble__rec_1", "chp_I", "art_1__para_2", "art_2__para_1__point_b", "art_3__para_2__point_a", "art_4__para_2"] {
            for html in [french, chinese, english] { #expect(html.contains("id=\"\(anchor)\""), "\(anchor)") }
        }
        #expect(french.contains("Aucune disposition de la présente Convention"))
        #expect(chinese.contains("说明请求的目的"))
        #expect(!french.contains("Nothing in this Convention"))
        // Headings and the table of contents as the translation writes them.
        #expect(french.contains("<span class=\"article-number\">Article premier. Objet</span>"))
        #expect(french.contains("<a href=\"#art_1\">Article premier. Objet</a>"))
        #expect(chinese.contains("<span class=\"article-number\">第一条 目的</span>"))
        #expect(french.contains(">Page de la disposition</a>"))
        #expect(chinese.contains(">条款页面</a>"))
        #expect(english.contains("<span class=\"article-number\">Article 1</span>. <span class=\"article-title\">Purpose</span>"))
    }

    @Test func alternatesNameEveryLanguageThePageExistsInAndTheDefault() throws {
        let html = try page(.localized("ar", .draft("zero-draft")))
        for language in ["en", "fr", "es", "ar", "zh", "ru"] {
            let path = language == "en" ? "" : "\(language)/"
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(language)\" href=\"https://travaux.example.org/multilingual/\(path)drafts/zero-draft/\">"))
        }
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://travaux.example.org/multilingual/drafts/zero-draft/\">"))
    }

    @Test func theSwitcherOffersOnlyTheLanguagesOfThePageAndKeepsTheFragment() throws {
        let html = try page(.localized("fr", .position("eu-2024-01")))
        #expect(html.contains("<li><a href=\"../../../positions/eu-2024-01/index.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\" data-keep-fragment>English</a></li>"))
        #expect(html.contains("<li><a href=\"index.html\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\" aria-current=\"true\" data-keep-fragment>Français</a></li>"))
        #expect(!html.contains("hreflang=\"es\" lang=\"es\""))
        #expect(html.contains("location.hash"))
        // A document in one language has no switcher.
        #expect(!(try page(.localized("es", .position("mexico-2024-01")))).contains("language-switcher"))
    }

    @Test func aDocumentInAnotherLanguageIsPublishedUnderItsPrefixAndListedEverywhere() throws {
        let renderer = try Self.renderer.get()
        #expect(renderer.siteMap.routes.contains(.localized("es", .position("mexico-2024-01"))))
        #expect(!renderer.siteMap.routes.contains(.position("mexico-2024-01")))
        #expect(try page(.positions).contains("href=\"../es/positions/mexico-2024-01/index.html\""))
        #expect(try page(.localized("zh", .positions)).contains("href=\"../../es/positions/mexico-2024-01/index.html\""))
        // Its public address, in the feed and in its citation, is under its language's prefix.
        #expect(renderer.feed().contains("<id>https://travaux.example.org/multilingual/es/positions/mexico-2024-01/</id>"))
        #expect(try page(.localized("es", .position("mexico-2024-01"))).contains("<meta name=\"citation_public_url\" content=\"https://travaux.example.org/multilingual/es/positions/mexico-2024-01/\">"))
    }

    @Test func linksLeadToTheReadersLanguageWhereThePageExists() throws {
        let html = try page(.localized("fr", .drafts))
        #expect(html.contains("href=\"../../fr/drafts/zero-draft/index.html\""))
        #expect(html.contains("Avant-projet de convention"))
        // The English translation of nothing: a Russian original stays Russian.
        #expect(try page(.localized("fr", .positions)).contains("href=\"../../ru/positions/russia-2024-01/index.html\""))
    }

    @Test(arguments: [
        ("en", "Skip to content", "Drafts"), ("fr", "Aller au contenu", "Projets"), ("es", "Ir al contenido", "Proyectos"),
        ("ar", "انتقل إلى المحتوى", "المشاريع"), ("zh", "跳至正文", "草案"), ("ru", "Перейти к содержанию", "Проекты"),
    ])
    func theInterfaceIsInThePagesLanguage(_ language: String, _ skip: String, _ drafts: String) throws {
        let html = try page(Route.matrix.inLanguage(language, default: "en"))
        #expect(html.contains("<a class=\"skip-link\" href=\"#main\">\(skip)</a>"))
        #expect(html.contains(">\(drafts)</a></li>"))
    }

    @Test(arguments: [
        ("fr", "<summary>Sommaire</summary>", "<dt>Cote</dt>"), ("es", "<summary>Índice</summary>", "<dt>Signatura</dt>"),
        ("ar", "<summary>المحتويات</summary>", "<dt>الرمز</dt>"), ("zh", "<summary>目录</summary>", "<dt>文号</dt>"),
        ("ru", "<summary>Содержание</summary>", "<dt>Условное обозначение</dt>"), ("en", "<summary>Contents</summary>", "<dt>Symbol</dt>"),
    ])
    func thePageTemplatesWordsAreInThePagesLanguage(_ language: String, _ contents: String, _ symbol: String) throws {
        let html = try page(Route.draft("zero-draft").inLanguage(language, default: "en"))
        #expect(html.contains(contents))
        #expect(html.contains(symbol))
    }

    @Test func kindsOfDocumentAndStakeholderAreInThePagesLanguage() throws {
        #expect(try page(.localized("fr", .position("eu-2024-01"))).contains("<p class=\"doc-kind\">Déclaration</p>"))
        #expect(try page(.localized("ru", .stakeholder("russian-federation"))).contains("<p class=\"doc-kind\">Государство-член</p>"))
        #expect(try page(.position("eu-2024-01")).contains("<p class=\"doc-kind\">Statement</p>"))
    }

    @Test func everyLanguageFileOfTheDefaultThemeHoldsEveryKey() throws {
        let theme = try Self.renderer.get().theme
        /// A counted noun's keys (`passages_one`, `passages_few`) as one: `passages_#`.
        func bases(_ keys: some Sequence<String>) -> Set<String> {
            Set(keys.map { key in
                for category in PluralCategory.allCases where key.hasSuffix("_\(category.rawValue)") {
                    return String(key.dropLast(category.rawValue.count)) + "#"
                }
                return key
            })
        }
        for language in ["en", "fr", "es", "ar", "zh", "ru"] {
            let own = try #require(theme.strings[language], "no i18n/\(language).yml")
            #expect(bases(own.keys) == bases(InterfaceStrings.fields), "i18n/\(language).yml")
            // Every counted noun has the form of each category the language uses for 0 to 200
            // (a sentence the same for every number has its `_other` alone).
            let needed = Set((0...200).map { PluralCategory.of($0, in: language).rawValue })
            for base in bases(InterfaceStrings.fields) where base.hasSuffix("_#") && language != "en" {
                let stem = base.dropLast()
                let forms = PluralCategory.allCases.filter { own[stem + $0.rawValue] != nil }
                if forms == [.other] { continue }
                for category in needed {
                    #expect(own[base.dropLast() + category] != nil, "i18n/\(language).yml lacks \(base.dropLast())\(category)")
                }
            }
        }
    }

    @Test func aSiteOverridesAnInterfaceStringWithItsOwnFile() throws {
        let renderer = try RenderFixture.renderer(extra: [
            "content/site.yml": "title: T\nbase_url: https://example.org/\nlanguages: [en, fr]\n",
            "i18n/fr.yml": "drafts: \"Textes\"\n",
        ])
        let html = try renderer.page(.localized("fr", .drafts))
        #expect(html.contains(">Textes</a></li>"))
        #expect(html.contains("Aller au contenu"))
    }

    @Test(arguments: [("fr", "10 janvier 2024"), ("es", "10 de enero de 2024"), ("en", "10 January 2024")])
    func datesAreWrittenAsReadersOfTheLanguageWriteThem(_ language: String, _ date: String) throws {
        let html = try page(Route.drafts.inLanguage(language, default: "en"))
        #expect(html.contains(date))
    }

    @Test func aSiteOfOneLanguageHasNoAlternatesSwitcherOrDir() throws {
        let html = try RenderFixture.renderer().page(.home)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.contains("hreflang"))
        #expect(!html.contains("language-switcher"))
    }

    @Test func aPositionInAnyLanguageCountsForTheProvisionItCites() throws {
        let renderer = try Self.renderer.get()
        let csv = renderer.matrixCSV()
        for row in [
            "safeguards,Safeguards,4,mexico,México,member-state,support,,1,0",
            "safeguards,Safeguards,4,egypt,جمهورية مصر العربية,member-state,amend,ينبغي أن تراعي الضمانات القانون الداخلي.,1,0",
            "purpose,Purpose,1,russian-federation,Российская Федерация,member-state,support,,1,0",
            "mutual-assistance,Mutual assistance,3,china,中华人民共和国,member-state,support,,1,0",
        ] {
            #expect(csv.contains(row), "\(row)")
        }
        let article = try page(.localized("fr", .article("safeguards")))
        for stakeholder in ["mexico", "egypt", "european-union"] { #expect(article.contains("id=\"by_\(stakeholder)\""), "\(stakeholder)") }
    }

    @Test func aReferenceLeadsToTheCitedDraftInThePositionsLanguage() throws {
        let spanish = try page(.localized("es", .position("mexico-2024-01")))
        #expect(spanish.contains("<a href=\"../../../es/drafts/zero-draft/index.html#art_4\" class=\"ref\""))
        let french = try page(.localized("fr", .position("eu-2024-01")))
        #expect(french.contains("<a href=\"../../../fr/drafts/zero-draft/index.html#art_3__para_2__point_a\" class=\"ref\""))
        let english = try page(.position("eu-2024-01"))
        #expect(english.contains("<a href=\"../../drafts/zero-draft/index.html#art_3__para_2__point_a\" class=\"ref\""))
    }
}

/// The record in one language, for the stages that read one language at a time (search).
@Suite struct TranslatedRecordTests {
    @Test func theRecordInALanguageHoldsItsVersionsElseTheOriginals() throws {
        let renderer = try MultilingualPagesTests.renderer.get()
        let french = renderer.translations.record(renderer.corpus, in: "fr")
        let draft = try #require(french.drafts.first)
        #expect(draft.source.title == "Avant-projet de convention")
        #expect(draft.text.anchors == renderer.corpus.drafts[0].text.anchors)
        let titles = Dictionary(uniqueKeysWithValues: french.positions.map { ($0.source.id, $0.source.title) })
        #expect(titles["eu-2024-01"] == "Déclaration sur l'entraide")
        #expect(titles["mexico-2024-01"] == "Posición de México sobre las salvaguardias")
        #expect(french.stakeholders.first { $0.source.id == "european-union" }?.source.name == "Union européenne")
        #expect(french.positions.count == renderer.corpus.positions.count)
    }

    @Test func aPathLeadsToThePageInTheReadersLanguageElseItsOwn() throws {
        let siteMap = try MultilingualPagesTests.renderer.get().siteMap
        #expect(siteMap.path("drafts/zero-draft/#art_4", in: "fr") == "fr/drafts/zero-draft/#art_4")
        #expect(siteMap.path("positions/mexico-2024-01/#p_1", in: "en") == "es/positions/mexico-2024-01/#p_1")
        #expect(siteMap.path("positions/eu-2024-01/", in: "zh") == "positions/eu-2024-01/")
        #expect(siteMap.path("articles/safeguards/#zero-draft", in: "ar") == "ar/articles/safeguards/#zero-draft")
        #expect(siteMap.path("drafts/zero-draft/", in: "en") == "drafts/zero-draft/")
    }
}
