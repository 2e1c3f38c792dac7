import Foundation
import Testing
@testable import Search

/// The tokenizer against the cases the JavaScript client is tested with too
/// (`Fixtures/tokens.json`): both sides must turn text into the same terms.
struct TokenizerTests {
    struct Cases: Decodable {
        struct Case: Decodable {
            var text: String
            var terms: [String]
        }

        var stopwords: [String]
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
            let tokenizer = Tokenizer()
            #expect(tokenizer.terms(sample.text) == sample.terms, "\(sample.text)")
        }
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
