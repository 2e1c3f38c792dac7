import Addressing
import Corpus
import Diagnostics
import Markdown
import Testing
@testable import Compare
@testable import Structure

/// The concordance on synthetic drafts: every way a negotiation reshapes its text.
@Suite struct ConcordanceTests {
    /// Articles with texts distinct enough to align, sharing the formulas real drafts repeat.
    static let texts = [
        "purpose": "The purposes of this Convention are to promote and strengthen measures to prevent and combat cybercrime more efficiently and effectively.",
        "terms": "For the purposes of this Convention, computer system means any device or group of interconnected or related devices which process data.",
        "scope": "This Convention shall apply to the prevention, investigation and prosecution of the offences established in accordance with it.",
        "sovereignty": "States Parties shall carry out their obligations in a manner consistent with the principles of sovereign equality and territorial integrity.",
        "access": "Each State Party shall establish as a criminal offence under its domestic law the access to the whole or any part of a computer system without right.",
        "interception": "Each State Party shall establish as a criminal offence under its domestic law the interception, made by technical means, of non-public transmissions of computer data.",
        "interference": "Each State Party shall establish as a criminal offence under its domestic law the damaging, deletion, deterioration, alteration or suppression of computer data.",
        "devices": "Each State Party shall establish as a criminal offence under its domestic law the production, sale or distribution of devices designed to commit offences.",
    ]

    /// A draft made of `# Chapter` and `## Article` lines and texts.
    static func draft(_ id: String, _ index: Int, _ markdown: String) -> StructuredCorpus.Draft {
        var log = DiagnosticLog()
        let text = DraftParser(path: "content/drafts/\(id).md").parse(MarkdownParser().parse(markdown), log: &log)
        let source = DraftSource(
            id: id, path: "content/drafts/\(id).md", title: "Draft \(index)", date: PartialDate("2023-0\(index)")!,
            symbol: nil, session: nil, status: nil, source: nil, body: SourceText(text: markdown, firstLine: 1)
        )
        return StructuredCorpus.Draft(source: source, text: text)
    }

    static func article(_ number: String, _ title: String?, _ text: String) -> String {
        "## Article \(number)\(title.map { ". \($0)" } ?? "")\n\(texts[text] ?? text)\n"
    }

    func concordance(
        _ drafts: [StructuredCorpus.Draft], overrides: [ConcordanceOverride] = [], locked: Set<String> = []
    ) -> (Concordance, [String]) {
        var log = DiagnosticLog()
        let concordance = Concordance.build(drafts: drafts, overrides: overrides, lockedKeys: locked, log: &log)
        return (concordance, log.sorted.map(\.description))
    }

    /// Each provision as `key: v1 number > v2 number` ("-" where absent), in concordance order.
    func table(_ concordance: Concordance, drafts: [String]) -> [String] {
        concordance.provisions.map { provision in
            provision.key + ": " + drafts.map { provision.version(in: $0)?.number ?? "-" }.joined(separator: " > ")
        }
    }

    @Test func anArticleInsertedEarlyShiftsEveryLaterNumberButKeepsEachProvision() {
        let v1 = Self.draft("v1", 1, Self.article("1", "Statement of purpose", "purpose") + Self.article("2", "Use of terms", "terms") + Self.article("3", "Scope of application", "scope"))
        let v2 = Self.draft("v2", 2, Self.article("1", "Statement of purpose", "purpose") + Self.article("2", "Protection of sovereignty", "sovereignty")
            + Self.article("3", "Use of terms", "terms") + Self.article("4", "Scope of application", "scope"))
        let (result, diagnostics) = concordance([v1, v2])
        #expect(diagnostics.isEmpty)
        #expect(table(result, drafts: ["v1", "v2"]) == [
            "statement-of-purpose: 1 > 1", "protection-of-sovereignty: - > 2", "use-of-terms: 2 > 3", "scope-of-application: 3 > 4",
        ])
        #expect(result.provision(draft: "v2", article: .article("3"))?.versions.last?.basis == .text)
        #expect(result.provision(draft: "v1", article: .article("2"))?.key == "use-of-terms")
    }

    @Test func aDeletedArticleEndsItsProvisionAndStaysAfterTheArticleItFollowed() {
        let v1 = Self.draft("v1", 1, Self.article("1", nil, "purpose") + Self.article("2", nil, "terms") + Self.article("3", nil, "scope"))
        let v2 = Self.draft("v2", 2, Self.article("1", nil, "purpose") + Self.article("2", nil, "scope"))
        let (result, _) = concordance([v1, v2])
        #expect(table(result, drafts: ["v1", "v2"]) == ["article-1: 1 > 1", "article-2: 2 > -", "article-3: 3 > 2"])
        // The key is the number where the provision first appeared, even after renumbering.
        #expect(result.provision(draft: "v2", article: .article("2"))?.key == "article-3")
    }

    @Test func anArticleMovedToAnotherChapterFollowsItsText() {
        let v1 = Self.draft("v1", 1, "# Chapter I. General\n" + Self.article("1", "Statement of purpose", "purpose") + Self.article("2", "Use of terms", "terms")
            + "# Chapter II. Criminalization\n" + Self.article("3", "Illegal access", "access") + Self.article("4", "Misuse of devices", "devices"))
        let v2 = Self.draft("v2", 2, "# Chapter I. General\n" + Self.article("1", "Statement of purpose", "purpose") + Self.article("2", "Misuse of devices", "devices")
            + Self.article("3", "Use of terms", "terms") + "# Chapter II. Criminalization\n" + Self.article("4", "Illegal access", "access"))
        let (result, _) = concordance([v1, v2])
        #expect(table(result, drafts: ["v1", "v2"]) == [
            "statement-of-purpose: 1 > 1", "misuse-of-devices: 4 > 2", "use-of-terms: 2 > 3", "illegal-access: 3 > 4",
        ])
        let moved = result.provision(draft: "v2", article: .article("2"))
        #expect(moved?.versions.map { $0.chapter?.anchor.id } == ["chp_II", "chp_I"])
    }

    @Test func aRetitledArticleKeepsItsFirstTitleAsKey() {
        let v1 = Self.draft("v1", 1, Self.article("4", "Illegal access", "access") + Self.article("5", "Illegal interception", "interception"))
        let v2 = Self.draft("v2", 2, Self.article("4", "Access without right", "access") + Self.article("5", "Illegal interception", "interception"))
        let (result, _) = concordance([v1, v2])
        let provision = result.provision(draft: "v2", article: .article("4"))
        #expect(provision?.key == "illegal-access")
        #expect(provision?.title == "Access without right")
        #expect(provision?.versions.count == 2)
        #expect(provision?.versions.last?.basis == .text)
    }

    @Test func outlinesWithoutTextAlignByTitleThenByNumberUnlessTitlesDisagree() {
        let v1 = Self.draft("v1", 1, "## Article 2. Use of terms\n## Article 3\n## Article 4. Jurisdiction\n## Article 9. Illegal access\n")
        let v2 = Self.draft("v2", 2, "## Article 3\n## Article 4. Protection of sovereignty\n## Article 5. Use of the terms\n## Article 10. Illegal access\n")
        let (result, _) = concordance([v1, v2])
        #expect(result.provision(draft: "v2", article: .article("5"))?.versions.map(\.number) == ["2", "5"])
        #expect(result.provision(draft: "v2", article: .article("5"))?.versions.last?.basis == .title)
        #expect(result.provision(draft: "v2", article: .article("3"))?.versions.last?.basis == .number)
        // Article 4 changed its subject entirely: two provisions, not one.
        #expect(result.provision(draft: "v1", article: .article("4"))?.versions.count == 1)
        #expect(result.provision(draft: "v2", article: .article("4"))?.versions.count == 1)
        #expect(result.provision(draft: "v2", article: .article("10"))?.key == "illegal-access")
    }

    @Test func anArticleSplitInTwoKeepsItsProvisionAndTheNewPartSaysWhereItCameFrom() {
        let both = "1. \(Self.texts["interception"]!)\n2. \(Self.texts["interference"]!)\n"
        let v1 = Self.draft("v1", 1, "## Article 5. Interception and interference\n" + both + Self.article("6", "Misuse of devices", "devices"))
        let v2 = Self.draft("v2", 2, "## Article 5. Illegal interception\n1. \(Self.texts["interception"]!)\n## Article 6. Data interference\n1. \(Self.texts["interference"]!)\n"
            + Self.article("7", "Misuse of devices", "devices"))
        let (result, _) = concordance([v1, v2])
        let new = result.provision(draft: "v2", article: .article("6"))
        #expect(new?.versions.count == 1)
        #expect(new?.splitFrom == Provision.Relation(draftID: "v1", number: "5", anchor: .article("5")))
        #expect(result.provision(draft: "v2", article: .article("5"))?.versions.map(\.number) == ["5", "5"])
        #expect(result.provision(draft: "v2", article: .article("7"))?.versions.map(\.number) == ["6", "7"])
    }

    @Test func twoArticlesMergedIntoOneLeaveTheAbsorbedOneMergedIntoIt() {
        let v1 = Self.draft("v1", 1, "## Article 5. Illegal interception\n1. \(Self.texts["interception"]!)\n## Article 6. Data interference\n1. \(Self.texts["interference"]!)\n")
        let v2 = Self.draft("v2", 2, "## Article 5. Interception and interference\n1. \(Self.texts["interception"]!)\n2. \(Self.texts["interference"]!)\n")
        let (result, _) = concordance([v1, v2])
        #expect(result.provisions.count == 2)
        let absorbed = result.provisions.first { $0.versions.count == 1 }
        let survivor = result.provisions.first { $0.versions.count == 2 }
        #expect(survivor?.versions.map(\.number) == ["5", "5"])
        #expect(absorbed?.mergedInto == Provision.Relation(draftID: "v2", number: "5", anchor: .article("5")))
    }

    @Test func theEditorsPairingsOverrideTheComputedOnes() {
        let v1 = Self.draft("v1", 1, "## Article 3\n## Article 6\n")
        let v2 = Self.draft("v2", 2, "## Article 3\n## Article 6\n")
        let overrides = [
            ConcordanceOverride(key: "scope", members: [.init(draft: "v1", article: "3", line: 3), .init(draft: "v2", article: "6", line: 4)], line: 2),
            ConcordanceOverride(key: nil, members: [.init(draft: "v1", article: "6", line: 6), .init(draft: "v2", article: nil, line: 7)], line: 5),
        ]
        let (result, diagnostics) = concordance([v1, v2], overrides: overrides)
        #expect(diagnostics.isEmpty)
        #expect(table(result, drafts: ["v1", "v2"]).sorted() == ["article-3: - > 3", "article-6: 6 > -", "scope: 3 > 6"])
        #expect(result.provision(draft: "v2", article: .article("6"))?.versions.last?.basis == .editor)
    }

    @Test func overridesNamingUnknownDraftsOrArticlesOrPlacingAnArticleTwiceAreErrors() {
        let v1 = Self.draft("v1", 1, "## Article 3\n")
        let overrides = [
            ConcordanceOverride(key: nil, members: [.init(draft: "v9", article: "3", line: 3)], line: 2),
            ConcordanceOverride(key: nil, members: [.init(draft: "v1", article: "99", line: 5)], line: 4),
            ConcordanceOverride(key: nil, members: [.init(draft: "v1", article: "3", line: 7)], line: 6),
            ConcordanceOverride(key: nil, members: [.init(draft: "v1", article: "3", line: 9)], line: 8),
        ]
        let (_, diagnostics) = concordance([v1], overrides: overrides)
        #expect(diagnostics.count == 3)
        #expect(diagnostics[0].hasPrefix("content/concordance.yml:3: error: unknown draft 'v9' (did you mean 'v1'?)"))
        #expect(diagnostics[1].hasPrefix("content/concordance.yml:5: error: content/drafts/v1.md has no Article 99"))
        #expect(diagnostics[2].hasPrefix("content/concordance.yml:9: error: Article 3 of 'v1' is already placed on line 7"))
    }

    @Test func aPublishedKeyStaysWhenTheFirstAppearanceWouldNowGiveAnother() {
        let v1 = Self.draft("v1", 1, "## Article 36\n")
        let v2 = Self.draft("v2", 2, "## Article 36. Protection of personal data\n")
        #expect(concordance([v1, v2]).0.provisions.map(\.key) == ["article-36"])
        // Published under the later title (say, before the earlier draft was added to the record).
        let (locked, _) = concordance([v1, v2], locked: ["protection-of-personal-data"])
        #expect(locked.provisions.map(\.key) == ["protection-of-personal-data"])
    }

    @Test func provisionsSharingATitleGetNumberedKeys() {
        let v1 = Self.draft("v1", 1, "## Article 1. Definitions\n## Article 40. Definitions\n")
        #expect(concordance([v1]).0.provisions.map(\.key) == ["definitions", "definitions-2"])
    }
}
