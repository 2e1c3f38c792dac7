import Diagnostics
import Foundation
import Testing
@testable import Corpus

/// The load stage: how files are read, which files of each folder are, and what each
/// settings file gives.
@Suite struct ContentLoaderTests {
    /// The text of `data` as the loader reads a content file, and the diagnostics.
    func text(_ data: Data) -> (String?, [String]) {
        var log = DiagnosticLog()
        let text = ContentLoader.text(of: data, path: "content/pages/p.md", log: &log)
        return (text, log.sorted.map(\.description))
    }

    // MARK: Reading files

    @Test func utf8TextIsReadAsWritten() {
        let (text, diagnostics) = text(Data("---\ntitle: Café 网络\n---\nBody\n".utf8))
        #expect(text == "---\ntitle: Café 网络\n---\nBody\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func aByteOrderMarkIsDropped() {
        let (text, diagnostics) = text(Data([0xEF, 0xBB, 0xBF]) + Data("---\ntitle: A\n---\n".utf8))
        #expect(text == "---\ntitle: A\n---\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func windowsAndClassicMacLineEndsBecomeNewlines() {
        let (text, diagnostics) = text(Data("---\r\ntitle: A\r\n---\rBody\r\n\r\nEnd".utf8))
        #expect(text == "---\ntitle: A\n---\nBody\n\nEnd")
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: ["", " \n\t\n", "\u{FEFF}", "\r\n\r\n"])
    func anEmptyFileIsAnErrorOnItsFirstLine(_ content: String) {
        let (text, diagnostics) = text(Data(content.utf8))
        #expect(text == nil)
        #expect(diagnostics == [
            "content/pages/p.md:1: error: the file is empty; it needs front matter between '---' lines and a body (or delete the file)",
        ])
    }

    @Test func aFileThatIsNotUTF8IsAnErrorOnTheLineOfItsFirstBadByte() {
        let latin1 = Data("---\ntitle: A\n".utf8) + Data([0x43, 0x61, 0x66, 0xE9]) + Data("\n---\n".utf8)
        let (text, diagnostics) = text(latin1)
        #expect(text == nil)
        #expect(diagnostics == [
            "content/pages/p.md:3: error: the file is not UTF-8 text; save it as UTF-8 (the first byte that is not UTF-8 is on this line)",
        ])
    }

    @Test func theLineOfTheFirstInvalidByte() {
        #expect(ContentLoader.lineOfFirstInvalidUTF8(Data([0xFF])) == 1)
        // Valid multi-byte characters before it do not count; a later bad line does not either.
        #expect(ContentLoader.lineOfFirstInvalidUTF8(Data("é\n网\n".utf8) + Data([0xE9, 0x0A, 0xFF, 0x0A])) == 3)
        // A sequence cut short by the end of the file, on a last line without a line end.
        #expect(ContentLoader.lineOfFirstInvalidUTF8(Data("a\nb\n".utf8) + Data([0xC3])) == 3)
    }

    @Test func filesWithAByteOrderMarkAndWindowsLineEndsLoadWithTheirLines() throws {
        let site = try TemporarySite()
        try site.write("content/stakeholders/acme.md", data: Data([0xEF, 0xBB, 0xBF]) + Data("---\r\nname: ACME\r\nshort: AC\r\n---\r\nA network.\r\n".utf8))
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        let acme = try #require(result.corpus?.stakeholders.first)
        #expect(acme.name == "ACME" && acme.short == "AC")
        #expect(acme.body == SourceText(text: "A network.\n", firstLine: 5))
    }

    // MARK: Fields

    @Test func anUnknownFieldIsAWarningOnItsLineWithTheClosestKnownName() throws {
        let site = try TemporarySite()
        try site.write("content/stakeholders/acme.md", "---\nname: ACME\nshrot: AC\ncolour: red\n---\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/stakeholders/acme.md:3: warning: unknown field 'shrot' (did you mean 'short'?); known fields: name, short, kind, url, language",
            "content/stakeholders/acme.md:4: warning: unknown field 'colour'; known fields: name, short, kind, url, language",
        ])
        #expect(result.corpus?.stakeholders.map(\.id) == ["acme"])
    }

    @Test func aFileMissingARequiredFieldIsAnErrorAndIsLeftOut() throws {
        let site = try TemporarySite()
        try site.write("content/drafts/zero.md", "---\ntitle: Zero draft\n---\n## Article 1\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == ["content/drafts/zero.md:2: error: missing required field 'date'"])
        #expect(result.corpus?.drafts.isEmpty == true)
    }

    @Test func eachFolderMakesItsKindOfSourceWithFieldLinesAndStances() throws {
        let site = try TemporarySite()
        try site.write("content/stakeholders/acme.md", "---\nname: ACME Network\nkind: civil-society\n---\n")
        try site.write("content/drafts/zero.md", "---\ntitle: Zero draft\ndate: \"2023-06\"\nsymbol: A/AC.291/22\n---\n## Article 24\n")
        try site.write("content/positions/acme-2023.md", """
            ---
            title: Key positions
            stakeholder: acme
            date: "2023-11"
            kind: guidance-note
            stances:
              - article: "24"
                stance: amend
                note: Add review.
            ---
            Body.

            """)
        try site.write("content/pages/about.md", "---\ntitle: About\ndescription: What this is.\n---\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        let corpus = try #require(result.corpus)
        #expect(corpus.stakeholders.map(\.kind) == [.civilSociety])
        let draft = try #require(corpus.drafts.first)
        #expect(draft.symbol == "A/AC.291/22")
        #expect(draft.fieldLines == ["title": 2, "date": 3, "symbol": 4])
        #expect(draft.body.firstLine == 6)
        let position = try #require(corpus.positions.first)
        #expect(position.kind == .guidanceNote)
        #expect(position.stakeholders == ["acme"])
        #expect(position.stances == [.init(article: "24", stance: .amend, note: "Add review.", line: 7)])
        #expect(position.draft == "zero", "the latest draft dated on or before the position")
        #expect(position.body == SourceText(text: "Body.\n", firstLine: 11))
        #expect(corpus.pages.map(\.description) == ["What this is."])
        #expect(corpus.sessions.isEmpty && corpus.redirects.isEmpty && corpus.anchorLock.isEmpty && corpus.concordance.isEmpty)
    }

    // MARK: Folders

    @Test func onlyMarkdownFilesNamedByIdsAreReadAndEveryOtherFileIsReported() throws {
        let site = try TemporarySite()
        try site.write("content/pages/about.md", "---\ntitle: About\n---\n")
        try site.write("content/pages/notes.txt", "notes")
        try site.write("content/pages/.DS_Store", "x")
        try site.write("content/pages/Read Me.md", "---\ntitle: Read me\n---\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/pages/Read Me.md: error: the file name 'Read Me' is not an id: use lowercase ASCII letters, digits and '-' (rename it to 'read-me.md')",
            "content/pages/notes.txt: warning: ignored: only .md files are read in content/pages/",
        ])
        #expect(result.corpus?.pages.map(\.id) == ["about"])
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let site = try TemporarySite()
        try site.write("content/pages/a.md", "no front matter\n")
        try site.write("content/pages/b.md", "")
        try site.write("content/pages/c.md", "---\ntitle: C\n---\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.path) == ["content/pages/a.md", "content/pages/b.md"])
        #expect(result.corpus?.pages.map(\.id) == ["c"])
    }

    @Test func withoutAContentFolderLoadingThrows() throws {
        let site = try TemporarySite(settings: nil, content: false)
        #expect(throws: CorpusError.self) { try site.load() }
    }

    // MARK: site.yml

    @Test func withoutSiteSettingsThereIsNoCorpus() throws {
        let site = try TemporarySite(settings: nil)
        let result = try site.load()
        #expect(result.corpus == nil)
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yml: error: missing site settings: create content/site.yml with at least 'title:' and 'base_url:'",
        ])
    }

    @Test func siteSettingsHaveDefaults() throws {
        let site = try TemporarySite(settings: "title: Record\nbase_url: https://example.org/record\nexternal_instruments: [Budapest Convention, UNTOC]\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.corpus?.site == SiteConfig(
            title: "Record", baseURL: "https://example.org/record/", language: "en", description: "", instrument: "",
            externalInstruments: ["Budapest Convention", "UNTOC"], theme: "default", rawHTML: false
        ))
    }

    @Test func badSiteSettingsAreErrorsOnTheirLines() throws {
        let site = try TemporarySite(settings: "title: Record\nbase_url: example.org\ntheme: My Theme\nraw_html: sometimes\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/site.yml:2: error: base_url 'example.org' must be an absolute address starting with https:// (or http://); write the site's public address, such as https://example.org/travaux/",
            "content/site.yml:3: error: theme 'My Theme' is not a folder name of themes/: use lowercase letters, digits and '-'",
            "content/site.yml:4: error: field 'raw_html' must be true or false",
        ])
    }

    // MARK: sessions.yml, redirects.yml, anchors.lock

    @Test func sessionsAreCheckedOneByOne() throws {
        let site = try TemporarySite()
        try site.write("content/sessions.yml", """
            - id: first
              title: First session
              start: "2023-01-09"
              end: "2023-01-20"
            - id: first
              title: Again
              start: "2023-02-01"
            - id: Second Session
              title: Bad id
              start: "2023-03-01"
            - id: third
              title: Backwards
              start: "2023-05-10"
              end: "2023-05-01"
              venue: Vienna

            """)
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/sessions.yml:5: error: duplicate session id 'first'; each session needs its own id",
            "content/sessions.yml:8: error: session id 'Second Session' is not an id: use lowercase ASCII letters, digits and '-' (e.g. 'second-session')",
            "content/sessions.yml:14: error: session 'third' ends (2023-05-01) before it starts (2023-05-10)",
            "content/sessions.yml:15: warning: unknown field 'venue'; known fields: id, title, kind, start, end, place, description",
        ])
        #expect(result.corpus?.sessions.map(\.id) == ["first", "third"])
        #expect(result.corpus?.sessions.map(\.line) == [1, 11])
    }

    @Test func sessionsMustBeAList() throws {
        let site = try TemporarySite()
        try site.write("content/sessions.yml", "first:\n  title: First session\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/sessions.yml:1: error: sessions.yml must be a list of sessions, each starting with '- id:'",
        ])
    }

    @Test func eachRedirectIsOneAddressOnItsLine() throws {
        let site = try TemporarySite()
        try site.write("content/redirects.yml", "/old/: /new/\n/list/: [/a/, /b/]\n/drafts/x/#art_1: /drafts/x/#art_2\n")
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/redirects.yml:2: error: the redirect of '/list/' must be one address: the path from the site root it moved to",
        ])
        #expect(result.corpus?.redirects == [
            Redirect(from: "/drafts/x/#art_1", to: "/drafts/x/#art_2", line: 3),
            Redirect(from: "/old/", to: "/new/", line: 1),
        ])
    }

    @Test func theLockSkipsBlankLinesAndCommentsAndKeepsLineNumbers() throws {
        let site = try TemporarySite()
        try site.write("content/anchors.lock", "# every address published\n\n/drafts/zero/#art_1\n  /drafts/zero/#art_2 \t\r\n/pages/about/\n")
        let result = try site.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.corpus?.anchorLock == [
            LockedAddress(address: "/drafts/zero/#art_1", line: 3),
            LockedAddress(address: "/drafts/zero/#art_2", line: 4),
            LockedAddress(address: "/pages/about/", line: 5),
        ])
    }

    @Test func theLockReadsItsLastLineWithoutANewlineAndSkipsIndentedComments() {
        let data = Data("   \n\t# a comment\n/drafts/zero/#art_1\r\n\r\n/pages/about/".utf8)
        #expect(ContentLoader.lockedAddresses(in: data) == [
            LockedAddress(address: "/drafts/zero/#art_1", line: 3),
            LockedAddress(address: "/pages/about/", line: 5),
        ])
        #expect(ContentLoader.lockedAddresses(in: Data()).isEmpty)
        #expect(ContentLoader.lockedAddresses(in: Data("\n\n".utf8)).isEmpty)
    }

    @Test func aLockThatIsNotUTF8IsAnError() throws {
        let site = try TemporarySite()
        try site.write("content/anchors.lock", data: Data("/pages/about/\n".utf8) + Data([0xFF, 0x0A]))
        let result = try site.load()
        #expect(result.diagnostics.map(\.description) == ["content/anchors.lock: error: the lock file is not UTF-8 text; restore it from git"])
        #expect(result.corpus?.anchorLock.isEmpty == true)
    }
}
