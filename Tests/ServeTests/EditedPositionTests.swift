import Foundation
import Testing
import TravauxKit
@testable import Serve

/// `travaux serve` shows an edited position's page at once, rendered from the kept record:
/// the page must be the one a clean build of the edited site gives, and the fast path must
/// step aside whenever the rest of the record could change that page.
@Suite struct EditedPositionTests {
    /// The fixture built into memory with its record kept, and the position file it has.
    func built(_ fixture: ServeFixture) throws -> (record: RenderedRecord, position: String, id: String) {
        let record = try #require(try Travaux.buildInMemory(fixture.options, keepingRecord: true).record)
        let position = try fixture.firstFile(in: "content/positions")
        let id = String(position.dropFirst("content/positions/".count).dropLast(3))
        return (record, position, id)
    }

    /// The page of `id` in a clean build of the fixture as it is now.
    func cleanPage(_ fixture: ServeFixture, _ id: String) throws -> Data {
        let site = try #require(try Travaux.buildInMemory(fixture.options).site)
        return try #require(site.files["positions/\(id)/index.html"])
    }

    @Test func anEditedParagraphRendersThePageACleanBuildGives() throws {
        let fixture = try ServeFixture(repository: ())
        let (record, position, id) = try built(fixture)
        let text = try fixture.read(position)
        // Change the words of the last paragraph, with a new reference in them.
        let edited = text.trimmingCharacters(in: .whitespacesAndNewlines) + " This also concerns Article 2 and Article 5(1)."
        try fixture.write(position, edited + "\n")
        let page = try #require(try Travaux.renderEditedPosition(id, record: record, options: fixture.options))
        #expect(page.path == "positions/\(id)/index.html")
        #expect(String(decoding: page.data, as: UTF8.self).contains("This also concerns"))
        #expect(page.data == (try cleanPage(fixture, id)))
    }

    @Test func anAddedParagraphRendersThePageACleanBuildGives() throws {
        let fixture = try ServeFixture()
        let (record, position, id) = try built(fixture)
        try fixture.write(position, try fixture.read(position) + "\nA new paragraph on Article 1.\n\n## A new heading\n\nMore.\n")
        let page = try #require(try Travaux.renderEditedPosition(id, record: record, options: fixture.options))
        #expect(page.data == (try cleanPage(fixture, id)))
    }

    @Test func aChangedFrontMatterLeavesItToTheBuild() throws {
        let fixture = try ServeFixture()
        let (record, position, id) = try built(fixture)
        let text = try fixture.read(position)
        let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try fixture.write(position, text.replacingOccurrences(of: String(title), with: "title: A renamed position"))
        #expect(try Travaux.renderEditedPosition(id, record: record, options: fixture.options) == nil)
    }

    @Test func aRemovedParagraphLeavesItToTheBuild() throws {
        let fixture = try ServeFixture()
        let (record, position, id) = try built(fixture)
        let text = try fixture.read(position)
        // Keep the front matter and the first paragraph only.
        let parts = text.components(separatedBy: "\n\n")
        try fixture.write(position, parts.prefix(2).joined(separator: "\n\n") + "\n")
        #expect(try Travaux.renderEditedPosition(id, record: record, options: fixture.options) == nil)
    }

    @Test func aBrokenReferenceOrAProposalLeavesItToTheBuild() throws {
        let fixture = try ServeFixture()
        let (record, position, id) = try built(fixture)
        let text = try fixture.read(position)
        try fixture.write(position, text + "\nSee Article 99.\n")
        #expect(try Travaux.renderEditedPosition(id, record: record, options: fixture.options) == nil, "a diagnostic: the build reports it")
        try fixture.write(position, text + "\n```proposal art_1\nNew text.\n```\n")
        #expect(try Travaux.renderEditedPosition(id, record: record, options: fixture.options) == nil, "proposals show on other pages")
    }

    @Test func onlyOnePositionFileIsAnEditedPosition() {
        #expect(SiteBuilder.editedPosition(["content/positions/icc-2023.md"]) == "icc-2023")
        #expect(SiteBuilder.editedPosition(["content/positions/a/b.md"]) == nil)
        #expect(SiteBuilder.editedPosition(["content/positions/icc-2023.md", "content/drafts/d.md"]) == nil)
        #expect(SiteBuilder.editedPosition(["content/drafts/d.md"]) == nil)
        #expect(SiteBuilder.editedPosition(["content/positions/notes.txt"]) == nil)
    }

    @Test func theBuilderShowsTheEditedPageFirstThenServesTheCleanBuild() throws {
        let fixture = try ServeFixture()
        let store = SiteStore()
        let printed = SiteBuilderTests.Printed()
        let builder = printed.builder(fixture, store: store)
        #expect(builder.build())
        let position = try fixture.firstFile(in: "content/positions")
        try fixture.write(position, try fixture.read(position) + "\nArticle 1 again.\n")
        #expect(builder.build(after: [position]))
        #expect(printed.all.contains { $0.hasPrefix("travaux: showed positions/") }, "\(printed.all)")
        try SiteBuilderTests().expectServedEqualsCleanBuild(store, fixture, "an edited position")
    }
}
