import Testing
@testable import Corpus

@Suite struct CorpusBodiesTests {
    @Test func releasingBodiesEmptiesEveryDocumentsTextAndKeepsWhereItStarted() throws {
        let site = try TemporarySite()
        try site.write("content/stakeholders/acme.md", "---\nname: ACME\nkind: ngo\n---\nA network.\n")
        try site.write("content/pages/about.md", "---\ntitle: About\n---\nThe record.\n")
        let result = try site.load()
        var corpus = try #require(result.corpus)
        #expect(corpus.stakeholders.first?.body == SourceText(text: "A network.\n", firstLine: 5))
        corpus.releaseBodies()
        #expect(corpus.stakeholders.first?.body == SourceText(text: "", firstLine: 5))
        #expect(corpus.pages.first?.body == SourceText(text: "", firstLine: 4))
    }
}
