import Addressing
import Testing
@testable import Search

/// The sources of the index in the order that numbers them, their facet values, and the
/// citation terms of every anchor and passage.
@Suite struct SearchCollectorTests {
    @Test func sourcesComeDraftsAndPositionsNewestFirstThenStakeholdersPagesAndSessions() throws {
        let sources = try SearchFixture.record().collector.sources()
        #expect(sources.map { $0.documents.first?.url } == [
            "drafts/second/", "drafts/first/", "positions/freedonia-2023/", "positions/acme-2023/",
            "stakeholders/acme/", "stakeholders/freedonia/", "pages/about/", "sessions/first/",
        ])
        #expect(sources.map(\.kind) == [.draft, .draft, .position, .position, .stakeholder, .stakeholder, .page, .page])
    }

    @Test func facetValuesAreDraftsInCorpusOrderStakeholdersByIdAndSessions() throws {
        let collector = try SearchFixture.record().collector
        #expect(collector.draftIndex == ["first": 0, "second": 1])
        #expect(collector.stakeholderIndex == ["acme": 0, "freedonia": 1])
        #expect(collector.sessionIndex == ["first": 0])
        #expect(collector.stakeholderNames == ["acme": "ACME", "freedonia": "Freedonia"])
        let sources = collector.sources()
        #expect(sources.map(\.draft) == [1, 0, 1, 0, nil, nil, nil, nil])
        #expect(sources.map(\.session) == [nil, 0, nil, nil, nil, nil, nil, 0])
        #expect(sources.map(\.stakeholders) == [[], [], [1], [0], [0], [1], [], []])
        #expect(sources.map(\.date) == ["2023-06-01", "2023-01-01", "2023-07-01", "2023-03-01", nil, nil, nil, "2023-01-09"])
    }

    @Test func everyAnchorInsideAnArticleHasTheTermsOfItsProvisionAndItsLevels() throws {
        let record = try SearchFixture.record()
        let terms = SearchCollector.anchorTerms(record.corpus.drafts, record.comparison.concordance)
        let point = Anchor.article("3").paragraph("2")!.point("b")!
        #expect(terms["second"]?[point] == ["~conditions-and-safeguards", "~conditions-and-safeguards/2", "~conditions-and-safeguards/2/b"])
        #expect(terms["first"]?[Anchor.article("2").paragraph("2")!] == ["~conditions-and-safeguards", "~conditions-and-safeguards/2"])
        #expect(terms["second"]?[.article("1")] == ["~purposes"])
        #expect(terms["second"]?[.article("2")] == ["~protection-of-sovereignty"])
        #expect(terms["second"]?[.chapter("I")] == nil, "a chapter is no provision")
        // The collector keeps them as numbers of its sorted names, the same for every anchor.
        let collector = record.collector
        #expect(collector.citationTermNames == collector.citationTermNames.sorted())
        let range = try #require(collector.anchorTerms["second"]?[point])
        #expect(collector.citationTermLists[Int(range.lowerBound)..<Int(range.upperBound)].map { collector.citationTermNames[Int($0)] } == terms["second"]?[point])
    }

    @Test func aPassageHasTheTermsOfWhatItCites() throws {
        let collector = try SearchFixture.record().collector
        func named(_ id: String) -> [Anchor: [String]] {
            collector.citationTerms(ofDocument: id).mapValues { $0.map { collector.citationTermNames[Int($0)] } }
        }
        #expect(named("acme-2023") == [
            .passage(1): ["~conditions-and-safeguards", "~conditions-and-safeguards/2"],
            .passage(2): ["~purposes"],
        ])
        #expect(named("freedonia-2023") == [
            .passage(1): ["~conditions-and-safeguards", "~conditions-and-safeguards/2", "~conditions-and-safeguards/2/b"],
        ])
        #expect(collector.citationTerms(ofDocument: "about").isEmpty)
    }
}
