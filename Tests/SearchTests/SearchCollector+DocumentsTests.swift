import Addressing
import Corpus
import Testing
@testable import Search

/// The entries of positions, stakeholders, pages and sessions.
@Suite struct SearchCollectorDocumentsTests {
    static let files = [
        "content/site.yml": "title: Record\nbase_url: https://example.org/\n",
        "content/stakeholders/acme.md": "---\nname: ACME Network\nshort: ACME\nkind: civil-society\n---\n",
        "content/stakeholders/freedonia.md": "---\nname: Freedonia\nkind: member-state\n---\n",
        "content/drafts/d.md": "---\ntitle: Draft\ndate: \"2023-01-01\"\n---\n## Article 1. Purposes\nText.\n",
        "content/positions/joint.md": """
            ---
            title: Joint statement
            stakeholder: [freedonia, acme]
            date: "2023-02"
            kind: statement
            symbol: A/AC.291/CRP.1
            stances:
              - article: "1"
                stance: support
                note: Keep it short.
              - article: "1"
                stance: amend
            ---
            - one
            - two cites Article 1

            """,
        "content/pages/about.md": "---\ntitle: About\ndescription: What this is.\n---\nThis record follows Article 1.\n",
    ]

    /// The documents of the source whose first document is `url`.
    static func source(_ url: String, files: [String: String] = SearchFixture.files) throws -> SearchSource {
        let sources = try SearchFixture.record(files).collector.sources()
        return try #require(sources.first { $0.documents.first?.url == url })
    }

    /// The citation terms of each document of the source whose first document is `url`, by name.
    static func citations(_ url: String, files: [String: String] = SearchFixture.files) throws -> [[String]] {
        let collector = try SearchFixture.record(files).collector
        let source = try #require(collector.sources().first { $0.documents.first?.url == url })
        return source.documents.map { $0.citationTerms.map { collector.citationTermNames[Int($0)] } }
    }

    @Test func aPositionIsADocumentAndSoAreItsHeadingsAndPassages() throws {
        let source = try Self.source("positions/acme-2023/")
        #expect(source.documents.map(\.url) == [
            "positions/acme-2023/", "positions/acme-2023/#safeguards", "positions/acme-2023/#p_1", "positions/acme-2023/#p_2",
            "positions/acme-2023/#p_3",
        ])
        let context = "ACME · Key positions · 1 March 2023"
        let document = source.documents[0]
        #expect(document.title == "Key positions" && document.indexedTitle == "Key positions")
        #expect(document.context == context)
        #expect(document.text == "Briefing.")
        let heading = source.documents[1]
        #expect(heading.title == "ACME: Safeguards" && heading.indexedTitle == "Safeguards" && heading.body.isEmpty)
        #expect(heading.context == context)
    }

    @Test func aPassageIsTitledByWhoseItIsAndItsSectionAndNumberedInItsContext() throws {
        let source = try Self.source("positions/acme-2023/")
        let passage = source.documents[2]
        // Not "Safeguards" alone, which reads as the article of that name.
        #expect(passage.title == "ACME: Safeguards")
        #expect(passage.indexedTitle == "")
        #expect(passage.context == "ACME · Key positions · 1 March 2023 · ¶1")
        #expect(passage.body.first?.emphasized == true)
        #expect(passage.body.first?.text == "Dual criminality must be the starting place")
        #expect(passage.text.hasSuffix(" for cooperation under Article 2(2)."))
        let citations = try Self.citations("positions/acme-2023/")
        #expect(citations[2] == ["~conditions-and-safeguards", "~conditions-and-safeguards/2"])
        #expect(citations[3] == ["~purposes"])
        #expect(citations[4].isEmpty)
    }

    @Test func everyStanceReadsAsASentence() {
        let stance = { (value: PositionSource.Stance.Value, note: String?) in
            SearchCollector.sentence(PositionSource.Stance(article: "17", stance: value, note: note, line: 1))
        }
        #expect(stance(.delete, "Covered by  other conventions") == "Proposes deleting Article 17: Covered by other conventions.")
        #expect(stance(.support, nil) == "Supports Article 17.")
        #expect(stance(.concern, "Too broad!") == "Raises concerns about Article 17: Too broad!")
        #expect(PositionSource.Stance.Value.allCases.map { stance($0, nil) }.allSatisfy { !$0.contains(": ") && $0.hasSuffix("Article 17.") })
    }

    @Test func theSymbolKindAndStancesOfAPositionAreItsText() throws {
        let source = try Self.source("positions/joint/", files: Self.files)
        let document = source.documents[0]
        #expect(document.text == "Statement · A/AC.291/CRP.1. Supports Article 1: Keep it short. Proposes amending Article 1.")
        #expect(document.context == "Freedonia, ACME · Joint statement · February 2023")
        #expect(source.stakeholders == [0, 1])
        #expect(source.draft == 0)
        #expect(source.date == "2023-02-01")
    }

    @Test func eachListItemIsAPassage() throws {
        let source = try Self.source("positions/joint/", files: Self.files)
        #expect(source.documents.dropFirst().map(\.url) == ["positions/joint/#p_1", "positions/joint/#p_2"])
        #expect(source.documents.dropFirst().map(\.text) == ["one", "two cites Article 1"])
        #expect(try Self.citations("positions/joint/", files: Self.files).dropFirst() == [[], ["~purposes"]])
    }

    @Test func aStakeholderIsOneDocumentWithItsShortNameKindAndDescription() throws {
        let acme = try Self.source("stakeholders/acme/")
        #expect(acme.documents.count == 1)
        #expect(acme.documents[0].title == "ACME Network" && acme.documents[0].indexedTitle == "ACME Network")
        #expect(acme.documents[0].context == "Civil society")
        #expect(acme.documents[0].text == "ACME Civil society A network that follows the negotiation.")
        #expect(acme.stakeholders == [0])
        let freedonia = try Self.source("stakeholders/freedonia/")
        #expect(freedonia.documents[0].text == "Member state A member state.")
        #expect(freedonia.stakeholders == [1])
    }

    @Test func aPageAndItsPassagesAreDocumentsWithoutCitationTerms() throws {
        let source = try Self.source("pages/about/", files: Self.files)
        #expect(source.kind == .page)
        #expect(source.documents.map(\.url) == ["pages/about/", "pages/about/#p_1"])
        #expect(source.documents[0].title == "About" && source.documents[0].context == "Page")
        #expect(source.documents[0].text == "What this is.")
        #expect(source.documents[1].title == "About" && source.documents[1].indexedTitle == "")
        #expect(source.documents[1].context == "About · ¶1")
        #expect(source.documents[1].text == "This record follows Article 1.")
        #expect(source.documents[1].citationTerms.isEmpty, "pages are not positions: they cite nothing in the index")
    }

    @Test func aSessionIsOneDocumentWithItsDatesAndPlace() throws {
        let source = try Self.source("sessions/first/")
        #expect(source.kind == .page)
        #expect(source.session == 0 && source.date == "2023-01-09")
        #expect(source.documents.count == 1)
        #expect(source.documents[0].title == "First session" && source.documents[0].indexedTitle == "First session")
        #expect(source.documents[0].context == "Session · 9 January 2023")
        #expect(source.documents[0].text == "9 January 2023 Vienna")
    }
}
