import Addressing
import Testing
@testable import Search

/// The entries of a draft: the draft, its chapters, recitals, articles and numbered paragraphs.
@Suite struct SearchCollectorDraftsTests {
    /// The documents of draft `id` of the fixture, by URL.
    static func documents(_ id: String, files: [String: String] = SearchFixture.files) throws -> [String: SearchDocument] {
        let record = try SearchFixture.record(files)
        let draft = try #require(record.corpus.drafts.first { $0.source.id == id })
        return Dictionary(record.collector.draft(draft).documents.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aDraftIsADocumentAndSoAreItsChaptersArticlesAndNumberedParagraphs() throws {
        let record = try SearchFixture.record()
        let draft = try #require(record.corpus.drafts.first { $0.source.id == "second" })
        #expect(record.collector.draft(draft).documents.map(\.url) == [
            "drafts/second/", "drafts/second/#chp_I", "drafts/second/#art_1", "drafts/second/#art_2", "drafts/second/#art_3",
            "drafts/second/#art_3__para_1", "drafts/second/#art_3__para_2",
        ])
    }

    @Test func titlesNameTheProvisionAndContextTheDraft() throws {
        let documents = try Self.documents("second")
        let draft = try #require(documents["drafts/second/"])
        #expect(draft.title == "Second draft" && draft.indexedTitle == "Second draft")
        #expect(draft.context == "Second draft · 1 June 2023")
        let chapter = try #require(documents["drafts/second/#chp_I"])
        #expect(chapter.title == "Chapter I. General provisions" && chapter.indexedTitle == "Chapter I. General provisions")
        let article = try #require(documents["drafts/second/#art_3"])
        #expect(article.title == "Article 3 · Conditions and safeguards")
        #expect(article.indexedTitle == "Article 3. Conditions and safeguards")
        let paragraph = try #require(documents["drafts/second/#art_3__para_2"])
        #expect(paragraph.title == "Art. 3(2) · Conditions and safeguards")
        #expect(paragraph.indexedTitle == "", "a paragraph is found by its words, ranked under its article's title")
        #expect(Set(documents.values.map(\.context)) == ["Second draft · 1 June 2023"])
    }

    @Test func aParagraphHoldsItsNumberAndPointsAndTheArticleItsOwnText() throws {
        let documents = try Self.documents("second")
        #expect(documents["drafts/second/#art_3__para_2"]?.text
            == "2. Such conditions shall include judicial review, whenever dual criminality is required: (a) independent supervision; (b) limits on duration.")
        #expect(documents["drafts/second/#art_3__para_1"]?.text == "1. Each State Party shall ensure respect for human rights.")
        #expect(documents["drafts/second/#art_1"]?.text == "The purposes of this Convention are to prevent cybercrime.")
        #expect(documents["drafts/second/#art_3"]?.text == "", "the words of numbered paragraphs are theirs only")
        #expect(documents.values.allSatisfy { $0.citationTerms.isEmpty })
    }

    static let preambleFiles = [
        "content/site.yml": "title: Record\nbase_url: https://example.org/\n",
        "content/drafts/d.md": """
            ---
            title: Draft
            date: "2023-01-01"
            symbol: A/AC.291/22
            ---
            A note from the Chair.

            # Preamble
            The States Parties,

            *Recalling* the Charter,

            # Chapter I. General
            Introductory words.

            ## Article 1. Purposes
            Text.

            """,
    ]

    @Test func theSymbolAndTheFrontMatterAreTheDraftsText() throws {
        let documents = try Self.documents("d", files: Self.preambleFiles)
        #expect(documents["drafts/d/"]?.text == "A/AC.291/22 A note from the Chair.")
        #expect(documents["drafts/d/#chp_I"]?.text == "Introductory words.")
    }

    @Test func eachRecitalIsADocumentKeepingItsEmphasis() throws {
        let documents = try Self.documents("d", files: Self.preambleFiles)
        let recital = try #require(documents["drafts/d/#preamble__rec_1"])
        #expect(recital.title == "Preamble, para. 1")
        #expect(recital.indexedTitle == "")
        #expect(recital.body.map(\.emphasized) == [true, false])
        #expect(recital.text == "Recalling the Charter,")
        #expect(documents["drafts/d/#preamble__rec_2"] == nil, "the opening words are not a recital")
    }
}
