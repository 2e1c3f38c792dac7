import Foundation
import Testing
@testable import Search

/// The tokenizer against the cases the JavaScript client is tested with too
/// (`Fixtures/tokens.json`): both sides must turn text into the same terms.
struct TokenizerTests {
    struct Cases: Decodable {
        struct Case: Decodable {
            var language: String?
            var text: String
            var terms: [String]
        }

        var stopwords: [String]
        var languages: [String: [String]]
        var cases: [Case]
    }

    static func cases() throws -> Cases {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/tokens", withExtension: "json"))
        return try JSONDecoder().decode(Cases.self, from: Data(contentsOf: url))
    }

    @Test func theSharedCasesGiveTheSameTermsAsTheClient() throws {
        let shared = try Self.cases()
        #expect(shared.stopwords == Tokenizer.stopWords)
        #expect(shared.cases.count >= 8)
        for sample in shared.cases {
            let tokenizer = Tokenizer(language: SearchLanguage(sample.language ?? "en"))
            #expect(tokenizer.terms(sample.text) == sample.terms, "\(sample.text)")
        }
    }

    @Test func eachLanguageHasTheStopWordsTheClientHas() throws {
        let shared = try Self.cases()
        #expect(Set(shared.languages.keys) == ["ar", "en", "es", "fr", "ru"])
        for (code, words) in shared.languages {
            #expect(SearchLanguage(code).stopWords == words, "\(code)")
        }
        #expect(SearchLanguage("zh").stopWords.isEmpty)
        // Each stop word is written as the tokenizer folds it, else it could never match.
        for (code, words) in shared.languages {
            let tokenizer = Tokenizer(language: SearchLanguage("xx"))
            for word in words { #expect(tokenizer.terms(word) == [word], "\(code): \(word)") }
        }
    }

    @Test(arguments: [("fr-CA", "fr"), ("zh_Hans", "zh"), ("AR", "ar"), ("", "en")])
    func readsThePrimarySubtagOfALanguageTag(tag: String, code: String) {
        #expect(SearchLanguage(tag).code == code)
    }

    @Test func chineseRunsGiveOverlappingBigramsAtConsecutivePositions() {
        let tokenizer = Tokenizer(language: SearchLanguage("zh"))
        var seen: [(String, Int)] = []
        let end = tokenizer.forEachTerm(in: "网络犯罪 and 法", from: 3) { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == ["网络", "络犯", "犯罪", "and", "法"])
        #expect(seen.map(\.1) == [3, 4, 5, 6, 7])
        #expect(end == 8)
    }

    @Test func aChineseRunGoesOnAcrossAnEmphasisBoundaryWithTheHigherTag() {
        let tokenizer = Tokenizer(language: SearchLanguage("zh"))
        var seen: [(String, Int, UInt8)] = []
        var position = tokenizer.forEachTerm(in: "网络", from: 0, tag: 0, continued: true) { seen.append(($0, $1, $2)) }
        position = tokenizer.forEachTerm(in: "犯罪", from: position, tag: 1, continued: true) { seen.append(($0, $1, $2)) }
        position = tokenizer.finish(at: position) { seen.append(($0, $1, $2)) }
        #expect(seen.map(\.0) == ["网络", "络犯", "犯罪"])
        #expect(seen.map(\.2) == [0, 1, 1])
        #expect(position == 3)
    }

    @Test func onlyEnglishIsStemmedWithPorter() {
        #expect(Tokenizer(language: SearchLanguage("en")).terms("parties") == ["parti"])
        #expect(Tokenizer(language: SearchLanguage("fr")).terms("parties") == ["parties"])
        #expect(Tokenizer(language: SearchLanguage("es")).terms("datos") == ["datos"])
    }

    @Test func stopWordsTakeAPositionAndMarksDoNotSplitWords() {
        let tokenizer = Tokenizer()
        var seen: [(String, Int)] = []
        let end = tokenizer.forEachTerm(in: "Freedom of e\u{301}xpression, the State’s", from: 5) { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == ["freedom", "expression", "state"])
        #expect(seen.map(\.1) == [5, 7, 9])
        #expect(end == 11)
    }
}
