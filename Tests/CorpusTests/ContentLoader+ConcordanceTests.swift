import Diagnostics
import Testing
@testable import Corpus

/// `content/concordance.yml`: the editor's pairings, read entry by entry with their lines.
@Suite struct ContentLoaderConcordanceTests {
    func load(_ yaml: String?) throws -> ([ConcordanceOverride], [String]) {
        let site = try TemporarySite()
        if let yaml { try site.write(ConcordanceOverride.path, yaml) }
        var log = DiagnosticLog()
        let overrides = ContentLoader(siteDirectory: site.root).loadConcordance(&log)
        return (overrides, log.sorted.map(\.description))
    }

    @Test func eachProvisionPlacesOneArticleOfEachDraftOrNoneWithTheirLines() throws {
        let (overrides, diagnostics) = try load("""
            provisions:
              - key: protection-of-personal-data
                articles:
                  updated-cnd: "36"
                  zero-draft: 38
                  revised-draft: none
                  first-draft: ~
              - articles:
                  zero-draft: " 4 bis "

            """)
        #expect(diagnostics.isEmpty)
        #expect(overrides == [
            ConcordanceOverride(key: "protection-of-personal-data", members: [
                .init(draft: "updated-cnd", article: "36", line: 4),
                .init(draft: "zero-draft", article: "38", line: 5),
                .init(draft: "revised-draft", article: nil, line: 6),
                .init(draft: "first-draft", article: nil, line: 7),
            ], line: 2),
            ConcordanceOverride(key: nil, members: [.init(draft: "zero-draft", article: "4 bis", line: 9)], line: 8),
        ])
    }

    @Test func badKeysArticlesAndFieldsAreReportedOnTheirLines() throws {
        let (overrides, diagnostics) = try load("""
            provisions:
              - key: Personal Data
                articles:
                  zero-draft: [38, 39]
                  first-draft: ""
                  second-draft: "12"
              - key: scope
                article:
                  zero-draft: "3"
            notes: x

            """)
        #expect(diagnostics == [
            "content/concordance.yml:2: error: 'Personal Data' is not a valid provision key: use lowercase letters, digits and '-', such as protection-of-personal-data",
            "content/concordance.yml:4: error: the article of 'zero-draft' must be one number, such as \"24\" or \"4 bis\", or none",
            "content/concordance.yml:5: error: the article of 'first-draft' must be one number, such as \"24\" or \"4 bis\", or none",
            "content/concordance.yml:7: error: each provision needs 'articles:', the article number in each draft, such as  zero-draft: \"24\"",
            "content/concordance.yml:8: warning: unknown field 'article' (did you mean 'articles'?); known fields: key, articles",
            "content/concordance.yml:10: warning: unknown field 'notes'; known fields: provisions",
        ])
        // The valid parts are kept: the compare stage reports what they name.
        #expect(overrides.map(\.members) == [[.init(draft: "second-draft", article: "12", line: 6)], []])
    }

    @Test func aConcordanceThatIsNotAMappingIsAnError() throws {
        let (overrides, diagnostics) = try load("- zero-draft: \"1\"\n")
        #expect(overrides.isEmpty)
        #expect(diagnostics == ["content/concordance.yml:1: error: concordance.yml must be a set of 'field: value' lines"])
    }

    @Test func provisionsMustBeAList() throws {
        let (_, diagnostics) = try load("provisions:\n  zero-draft: \"1\"\n")
        #expect(diagnostics == ["content/concordance.yml:1: error: field 'provisions' must be a list ('- ' items)"])
    }

    @Test func withoutTheFileThereAreNoOverrides() throws {
        let (overrides, diagnostics) = try load(nil)
        #expect(overrides.isEmpty && diagnostics.isEmpty)
    }
}
