import Diagnostics
import Foundation
import Testing
@testable import Corpus

@Suite struct PublicationTests {
    @Test func aDocumentIsHeldBackWhenUnpublishedOrDatedAfterTheBuildsDay() {
        let publication = Publication(today: PartialDate("2024-06-15"))
        #expect(publication.reason(published: false, date: PartialDate("2020")) == .notPublished)
        #expect(publication.reason(published: true, date: PartialDate("2024-06-16")) == .future(PartialDate("2024-06-16")!))
        #expect(publication.reason(published: true, date: PartialDate("2024-07")) == .future(PartialDate("2024-07")!))
        #expect(publication.reason(published: true, date: PartialDate("2024-06")) == nil, "a month that has begun is not in the future")
        #expect(publication.reason(published: true, date: PartialDate("2024")) == nil)
        #expect(publication.reason(published: true, date: PartialDate("2024-06-15")) == nil)
    }

    @Test func includingUnpublishedHoldsNothingBack() {
        let publication = Publication(today: PartialDate("2024-06-15"), includeUnpublished: true)
        #expect(publication.reason(published: false, date: PartialDate("2099")) == nil)
    }

    @Test func theDayOfADateIsTakenInUTC() {
        #expect(Publication.day(of: Date(timeIntervalSince1970: 86_399)) == PartialDate("1970-01-01"))
        #expect(Publication.day(of: Date(timeIntervalSince1970: 86_400)) == PartialDate("1970-01-02"))
    }

    @Test func hugosDraftFlagIsExplained() throws {
        let site = try TemporarySite()
        try site.write("content/stakeholders/icc.md", "---\nname: ICC\n---\n")
        try site.write("content/positions/p.md", "---\ntitle: P\nstakeholder: icc\ndate: \"2023\"\ndraft: true\n---\nText.\n")
        try site.write("content/pages/q.md", "---\ntitle: Q\ndraft: false\n---\nText.\n")
        let diagnostics = try site.load().diagnostics.map(\.description)
        #expect(diagnostics.contains { $0.hasPrefix("content/positions/p.md:5: error: 'draft: true' is Hugo's way to hold a page back;") && $0.contains("'draft:' names the draft a position comments on") && $0.hasSuffix("write 'published: false' instead") }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.hasPrefix("content/pages/q.md:3: warning: 'draft: false' is Hugo's flag;") }, "\(diagnostics)")
        #expect(!diagnostics.contains { $0.contains("unknown draft") || $0.contains("unknown field") })
    }

    @Test func hugosSettingsNamesGetTheNameTravauxUses() throws {
        let site = try TemporarySite(settings: "title: R\nbase_url: https://example.org/\nbaseURL: https://x.org/\nlanguageCode: en\ntitel: R\nexternalInstruments: []\n")
        let diagnostics = try site.load().diagnostics.map(\.description)
        #expect(diagnostics.contains { $0.contains("unknown field 'baseURL' (did you mean 'base_url'?)") })
        #expect(diagnostics.contains { $0.contains("unknown field 'languageCode' (did you mean 'language'?)") })
        #expect(diagnostics.contains { $0.contains("unknown field 'titel' (did you mean 'title'?)") })
        #expect(diagnostics.contains { $0.contains("unknown field 'externalInstruments' (did you mean 'external_instruments'?)") })
    }

    @Test func twoDraftsWithOneSymbolOrOneTitleAndDateAreReported() throws {
        let site = try TemporarySite()
        try site.write("content/drafts/a.md", "---\ntitle: Draft\ndate: \"2024\"\nsymbol: A/1\n---\n")
        try site.write("content/drafts/b.md", "---\ntitle: Draft\ndate: \"2024\"\nsymbol: A/1\n---\n")
        try site.write("content/drafts/c.md", "---\ntitle: Draft\ndate: \"2025\"\n---\n")
        let diagnostics = try site.load().diagnostics.map(\.description)
        #expect(diagnostics == [
            "content/drafts/b.md:2: warning: content/drafts/a.md has the same title 'Draft' and date 2024; give each draft its own title (or date)",
            "content/drafts/b.md:4: warning: the symbol 'A/1' is also the symbol of content/drafts/a.md; each draft needs its own document symbol",
        ])
    }
}
