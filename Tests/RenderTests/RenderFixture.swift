import Addressing
import Citations
import Compare
import Corpus
import Diagnostics
import Foundation
import Permalinks
import Structure
import Testing
@testable import Render

/// A small record written by the tests, with every kind of page, fragment and change the
/// render stage draws, and the renderer for it.
///
/// Three drafts: the first with a note, a preamble (recitals and a block), articles outside
/// any chapter, a chapter with an introduction, an outline article and final clauses; the
/// second splits Article 5, renumbers Article 6 and adds Article 8; the third merges
/// Articles 5 and 6 again. ACME proposes text and declares stances; Freedonia cites Article 5
/// in 120 paragraphs, more than a draft page quotes and than a provision's page quotes by
/// stakeholder.
enum RenderFixture {
    static let texts = [
        "interception": "Each State Party shall establish as a criminal offence under its domestic law the interception, made by technical means, of non-public transmissions of computer data.",
        "interference": "Each State Party shall establish as a criminal offence under its domestic law the damaging, deletion, deterioration, alteration or suppression of computer data.",
        "devices": "Each State Party shall establish as a criminal offence under its domestic law the production, sale or distribution of devices designed to commit offences.",
        "sovereignty": "States Parties shall carry out their obligations in a manner consistent with the principles of sovereign equality and territorial integrity.",
    ]

    static var files: [String: String] {
        let t = texts
        return [
            "content/site.yml": """
                title: Test record
                base_url: https://example.org/record/
                description: A record for the render tests.
                instrument: Convention on Testing

                """,
            "content/sessions.yml": """
                - id: first
                  title: First session
                  kind: session
                  start: "2021-01-10"
                  end: "2021-01-20"
                  place: New York
                  description: The opening session.
                - id: second
                  title: Second session
                  start: "2023-06"
                  place: Vienna

                """,
            "content/stakeholders/acme.md": "---\nname: ACME Network\nshort: ACME\nkind: civil-society\nurl: https://acme.example.org\n---\nA network of *organisations*.\n",
            "content/stakeholders/freedonia.md": "---\nname: Freedonia\nkind: member-state\n---\n",
            "content/stakeholders/sylvania.md": "---\nname: Sylvania\nkind: member-state\n---\n",
            "content/pages/about.md": "---\ntitle: About\ndescription: What this record is.\n---\n## Purpose\n\nThis record is a fixture.\n",
            "content/drafts/first-draft.md": """
                ---
                title: First draft
                date: "2021"
                symbol: A/AC.1/1
                session: first
                status: outline
                source: https://example.org/first-draft.pdf
                ---
                An outline for the tests.[^note]

                # Preamble
                The States Parties to this Convention,

                > Recalling the resolutions of the General Assembly,

                *Noting* the importance of cooperation,

                ## Article 1. Purpose
                1. The purposes of this Convention are:
                   (a) To promote measures;
                   (b) To promote cooperation, including:
                   (i) Exchange of information;
                   (ii) Training;
                   (c) To provide assistance.
                2. Nothing in this Convention affects sovereignty.

                # Chapter II. Criminalization
                Text introducing the chapter.

                ## Article 5. Interception and interference
                1. \(t["interception"]!)
                2. \(t["interference"]!)

                ## Article 6. Misuse of devices
                \(t["devices"]!)

                ## Article 9

                # Final clauses
                ## Article 10. Signature
                This Convention shall be open for signature.

                [^note]: Reconstructed from the records.

                """,
            "content/drafts/second-draft.md": """
                ---
                title: Second draft
                date: "2022"
                session: first
                ---
                # Preamble
                The States Parties to this Convention,

                ## Article 1. Purpose
                1. The purposes of this Convention are:
                   (a) To promote measures;
                   (b) To promote cooperation.

                # Chapter II. Criminalization
                ## Article 5. Illegal interception
                1. \(t["interception"]!)

                ## Article 6. Data interference
                1. \(t["interference"]!)

                ## Article 7. Misuse of devices
                \(t["devices"]!)

                ## Article 8. Protection of sovereignty
                \(t["sovereignty"]!)

                ## Article 9

                """,
            "content/drafts/third-draft.md": """
                ---
                title: Third draft
                date: "2023"
                ---
                # Chapter II. Criminalization
                ## Article 5. Interception and interference
                1. \(t["interception"]!)
                2. \(t["interference"]!)[^1]

                ## Article 7. Misuse of devices
                \(t["devices"]!)

                > A quoted block in the article.

                [^1]: A note on the draft.

                """,
            "content/positions/acme-views.md": """
                ---
                title: Views & proposals
                stakeholder: acme
                date: "2023-06"
                kind: briefing
                draft: third-draft
                session: second
                symbol: ACME/1
                source: https://acme.example.org/views.pdf
                stances:
                  - article: "5"
                    stance: support
                    note: Essential.
                  - article: "7"
                    stance: oppose
                ---
                ## General

                We support Article 5(1) and ask for changes to Article 7.

                Article 5(2) & its "safeguards" matter.

                ```proposal art_5__para_1
                Each State Party shall establish as a criminal offence the interception of non-public transmissions.
                ```

                ## Conclusion

                Nothing more.

                """,
            "content/positions/freedonia-statement.md": """
                ---
                title: Statement of Freedonia
                stakeholder: freedonia
                date: "2023-07"
                kind: statement
                draft: third-draft
                ---

                """ + (1...120).map { "Point \($0): we refer to Article 5.\n" }.joined(separator: "\n"),
            "content/positions/joint-note.md": """
                ---
                title: Joint note
                stakeholder: [acme, freedonia]
                date: "2023-08"
                kind: other
                draft: third-draft
                ---
                Both of us read Article 5(2) with care.

                """,
        ]
    }

    /// A record written to a temporary folder, staged, and its renderer: `files` (and
    /// `extra`, which replaces files of the same path) under the site folder.
    static func renderer(
        _ files: [String: String] = files, extra: [String: String] = [:], permalinks: PermalinkPlan = PermalinkPlan()
    ) throws -> SiteRenderer {
        let site = try write(files.merging(extra) { _, new in new })
        defer { try? FileManager.default.removeItem(at: site) }
        return try renderer(site: site, permalinks: permalinks)
    }

    /// The renderer for the site at `site`; the record must have no content error.
    static func renderer(site: URL, permalinks: PermalinkPlan = PermalinkPlan()) throws -> SiteRenderer {
        let loaded = try ContentLoader(siteDirectory: site).load()
        let corpus = try #require(loaded.corpus)
        let (structured, structureLog) = Structurer.structure(corpus)
        var (translations, translationLog) = TranslatedTexts.structure(corpus, drafts: structured.drafts)
        let (linked, citations, linkLog) = CitationStage.link(structured)
        translationLog += translations.link(with: linked)
        let (comparison, compareLog) = ComparisonStage.compare(corpus, linked: linked, citations: citations)
        let errors = (loaded.diagnostics + structureLog + translationLog + linkLog + compareLog).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let siteMap = SiteMap.of(linked, comparison, translations: translations)
        let theme = try Theme.load(siteDirectory: site, name: corpus.site.theme)
        return SiteRenderer(
            corpus: linked, citations: citations, comparison: comparison, siteMap: siteMap, permalinks: permalinks, theme: theme,
            translations: translations
        )
    }

    /// Writes `files` under a new temporary folder and returns it.
    static func write(_ files: [String: String]) throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("travaux-render-\(UUID().uuidString)")
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return site
    }

    /// The repository's folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example site in six languages (`examples/multilingual/`).
    static let multilingualSite = repository.appendingPathComponent("examples/multilingual")

    /// The fixture site the TravauxKit tests build.
    static let fixtureSite = repository.appendingPathComponent("Tests/TravauxKitTests/Fixtures/site")
}

extension SiteRenderer {
    /// The HTML of the page at `route`, for tests.
    func html(_ route: Route) throws -> String {
        try page(route)
    }

    /// The provision holding `article` of `draft`, for tests.
    func provisionKey(draft: String, article: String) throws -> String {
        try #require(comparison.concordance.provision(draft: draft, article: .article(article))).key
    }
}
