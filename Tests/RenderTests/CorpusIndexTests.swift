import Testing
@testable import Render

/// The lookups several pages share: documents by id, by stakeholder, by draft and by session.
@Suite struct CorpusIndexTests {
    @Test func aJointDocumentCountsForEachOfItsStakeholders() throws {
        let index = try RenderFixture.renderer().index
        #expect(index.positionsByStakeholder["acme"]?.map(\.source.id) == ["acme-views", "joint-note"])
        #expect(index.positionsByStakeholder["freedonia"]?.map(\.source.id) == ["freedonia-statement", "joint-note"])
        #expect(index.positionsByStakeholder["sylvania"] == nil)
    }

    @Test func documentsAreFoundByDraftAndBySession() throws {
        let index = try RenderFixture.renderer().index
        #expect(index.positionsByDraft["third-draft"]?.count == 3)
        #expect(index.draftsBySession["first"]?.map(\.source.id) == ["first-draft", "second-draft"])
        #expect(index.positionsBySession["second"]?.map(\.source.id) == ["acme-views"])
        #expect(index.drafts.keys.sorted() == ["first-draft", "second-draft", "third-draft"])
        #expect(index.pages["about"]?.source.title == "About")
        #expect(index.sessions["second"]?.place == "Vienna")
    }

    @Test func eachPositionHasItsBylineOnceForEveryLinkToIt() throws {
        let index = try RenderFixture.renderer().index
        let joint = try #require(index.bylines["joint-note"])
        #expect(joint.title == "Joint note" && joint.dateDisplay == "August 2023")
        #expect(joint.stakeholders == ["acme", "freedonia"] && joint.who == "ACME, Freedonia")
        #expect(index.bylines.count == index.positions.count)
    }

    @Test func eachDraftsArticlesAreFoundByAnchor() throws {
        let renderer = try RenderFixture.renderer()
        for draft in renderer.corpus.drafts {
            let articles = draft.text.articles
            #expect(renderer.index.articles[draft.source.id]?.count == Set(articles.map(\.anchor)).count)
            for article in articles {
                #expect(renderer.index.articles[draft.source.id]?[article.anchor]?.number == articles.first { $0.anchor == article.anchor }?.number)
            }
        }
    }
}
