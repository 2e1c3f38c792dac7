import Addressing
import Foundation
import Testing
@testable import Render

/// The pages of `examples/multilingual/` in French and Arabic carry none of the English
/// interface: every phrase of `i18n/en.yml` is said in the page's language.
@Suite struct TranslatedInterfaceTests {
    static let renderer = MultilingualPagesTests.renderer

    /// The English phrases of the interface: the texts of `en.yml` cut at their values and
    /// markup, those of two words or more that the other language does not write alike.
    static func englishPhrases(except language: String) throws -> [String] {
        let theme = try renderer.get().theme
        let english = theme.strings["en"] ?? [:]
        let other = theme.interface(language)
        var phrases: Set<String> = []
        for (key, text) in english where other[key] != text {
            let pieces = text.replacing(/\{[a-z_]+\}|<[^>]+>/, with: "|").split(separator: "|")
            for piece in pieces {
                let phrase = piece.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;()“”"))
                if phrase.split(separator: " ").count >= 2 && phrase.count >= 8 { phrases.insert(phrase) }
            }
        }
        return phrases.sorted()
    }

    /// The page's text as a reader meets it: scripts left out, entities decoded.
    static func visibleText(_ html: String) -> String {
        html.replacing(/<script[^>]*>[\s\S]*?<\/script>/, with: "")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: ["fr", "ar"])
    func noPageOfTheLanguageCarriesAnEnglishInterfaceString(_ language: String) throws {
        let renderer = try Self.renderer.get()
        let phrases = try Self.englishPhrases(except: language)
        #expect(phrases.contains("Read it in the draft") && phrases.contains("Link to Article"))
        let routes = renderer.siteMap.routes.filter { $0.language == language }
        var kinds: Set<String> = []
        for route in routes {
            let text = Self.visibleText(try renderer.page(route))
            kinds.insert(route.page.path.split(separator: "/").first.map(String.init) ?? "home")
            for phrase in phrases where text.contains(phrase) {
                Issue.record("\(route.path) carries the English “\(phrase)”")
            }
        }
        // A page of each kind was read.
        #expect(kinds.isSuperset(of: ["articles", "concordance", "matrix", "drafts", "positions", "stakeholders", "sessions", "search"]))
    }

    @Test func theFrenchPagesSayTheirCountsHintsAndStancesInFrench() throws {
        let renderer = try Self.renderer.get()
        let concordance = try renderer.page(.localized("fr", .concordance))
        #expect(concordance.contains("dispositions dans"))
        #expect(concordance.contains("<caption id=\"concordance-caption\">Dispositions × projets</caption>"))
        let matrix = try renderer.page(.localized("fr", .matrix))
        #expect(matrix.contains("<option value=\"\">Tous les projets</option>"))
        #expect(matrix.contains("parties prenantes dont le dossier contient des documents"))
        let drafts = try renderer.page(.localized("fr", .drafts))
        #expect(drafts.contains(" articles") || drafts.contains(" article<"))
        let draft = try renderer.page(.localized("fr", .draft("zero-draft")))
        #expect(draft.contains("aria-label=\"Lien vers l’article 1\""))
        #expect(draft.contains("<meta name=\"description\" content=\"") && draft.contains("texte intégral avec des ancres citables"))
    }

    @Test func articleNumbersAndChaptersAreWrittenAsThePagesLanguageWritesThem() throws {
        let renderer = try Self.renderer.get()
        #expect(try renderer.page(.localized("ru", .matrix)).contains("<span class=\"numbers\">Ст. 1</span>"))
        #expect(try renderer.page(.localized("zh", .matrix)).contains("<span class=\"numbers\">第1条</span>"))
        let french = try renderer.page(.localized("fr", .matrix))
        #expect(french.contains(">Chapitre premier. Dispositions générales</option>"))
        #expect(!french.contains(">Chapter I."))
        let provision = try renderer.page(.localized("fr", .article("safeguards")))
        #expect(provision.contains("<p class=\"version-link\">Chapitre II. Coopération · "))
        // The provision's title and words as the French draft gives them.
        #expect(provision.contains("<h1>Garanties</h1>"))
        #expect(provision.contains("<h2>Article 4. Garanties <span class=\"in-draft\">"))
        #expect(provision.contains("Ces garanties comprennent un contrôle judiciaire."))
        #expect(!provision.contains("Such safeguards shall include judicial review."))
        #expect(try renderer.page(.localized("fr", .matrix)).contains(">Garanties</a>"))
        #expect(try renderer.page(.matrix).contains("<span class=\"numbers\">Art. 1</span>"))
    }

    @Test func aCitingPassageGivesItsDocumentsDateAsThePagesLanguageWritesIt() throws {
        let renderer = try Self.renderer.get()
        let chinese = try renderer.page(.localized("zh", .draft("zero-draft")))
        #expect(chinese.contains("<summary>见于 1个段落</summary>"))
        #expect(chinese.contains("2024年1月18日, ¶1</a>"))
        #expect(!chinese.contains("18 January 2024"))
        #expect(try renderer.page(.draft("zero-draft")).contains("18 January 2024, ¶1</a>"))
    }

    @Test func theArabicPagesSayTheirCountsInArabicPluralForms() throws {
        let renderer = try Self.renderer.get()
        let drafts = try renderer.page(.localized("ar", .drafts))
        let articles = try #require(drafts.firstMatch(of: /· ([^<·]*?) <\/span>|· ([^<·]*?)<\/span>/))
        let label = String(articles.output.1 ?? articles.output.2 ?? "")
        #expect(["مادة واحدة", "مادتان"].contains(label) || label.hasSuffix(" مواد") || label.hasSuffix(" مادة"), "\(label)")
        let matrix = try renderer.page(.localized("ar", .matrix))
        #expect(matrix.contains("<option value=\"\">جميع المشاريع</option>"))
        #expect(!matrix.contains(">support<") && !matrix.contains(">comments<"))
    }
}

/// The strings of the theme's scripts, written into each page in its language.
@Suite struct ScriptStringsTests {
    @Test func aPageInAnotherLanguageCarriesItsScriptsStringsAsSafeJSON() throws {
        let renderer = try MultilingualPagesTests.renderer.get()
        let french = try renderer.page(.localized("fr", .search))
        let json = try #require(french.firstMatch(of: /<script type="application\/json" id="travaux-strings">([^<]*)<\/script>/))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.1.utf8)) as? [String: String])
        #expect(object["lang"] == "fr")
        #expect(object["copy_link"] == "Copier le lien")
        #expect(object["results_one"] == "{n} résultat pour {query}.")
        #expect(object.keys.allSatisfy { !$0.hasPrefix("js_") })
        let arabic = try renderer.page(.localized("ar", .matrix))
        #expect(arabic.contains("\"matrix_shown\":\"الأحكام المعروضة: {rows_shown} من {rows}"))
    }

    @Test func aStringThatCouldEndTheScriptIsEscaped() {
        let strings = InterfaceStrings(strings: ["js_copied": "</script><b>'&", "copied": "x"], language: "fr")
        #expect(strings.scriptJSON == "{\"lang\":\"fr\",\"copied\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0027\\u0026\"}")
    }

    @Test func anEnglishPageOfTheDefaultStringsHasNone() throws {
        #expect(!(try RenderFixture.renderer().page(.search)).contains("travaux-strings"))
        let english = try MultilingualPagesTests.renderer.get().page(.search)
        #expect(!english.contains("travaux-strings"))
    }
}
