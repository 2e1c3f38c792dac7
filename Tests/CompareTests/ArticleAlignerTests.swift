import Testing
@testable import Compare
@testable import Structure

/// Which article of a newer draft continues which of an older one, and on what evidence.
@Suite struct ArticleAlignerTests {
    static let texts = ConcordanceTests.texts

    static func fingerprints(_ markdown: String) -> [ArticleFingerprint] {
        ConcordanceTests.draft("d", 1, markdown).text.articles.map { ArticleFingerprint($0, text: ProvisionText.of($0)) }
    }

    static func article(_ number: String, _ title: String?, _ text: String) -> String {
        ConcordanceTests.article(number, title, text)
    }

    /// The links as `older>newer basis`.
    static func links(_ result: ArticleAligner.Result) -> [String] {
        result.links.map { "\($0.older)>\($0.newer) \($0.basis.rawValue)" }
    }

    static func align(_ older: String, _ newer: String, fixedOlder: Set<Int> = [], fixedNewer: Set<Int> = []) -> ArticleAligner.Result {
        ArticleAligner(older: fingerprints(older), newer: fingerprints(newer)).align(fixedOlder: fixedOlder, fixedNewer: fixedNewer)
    }

    @Test func articlesPairByTheirTextsWhateverTheirNumbers() {
        let result = Self.align(
            Self.article("1", nil, "purpose") + Self.article("2", nil, "terms") + Self.article("3", nil, "scope"),
            Self.article("1", nil, "purpose") + Self.article("2", nil, "sovereignty") + Self.article("3", nil, "terms") + Self.article("4", nil, "scope")
        )
        #expect(Self.links(result) == ["0>0 text", "1>2 text", "2>3 text"])
        #expect(result.splits.isEmpty && result.merges.isEmpty)
    }

    @Test func theEditorsArticlesAreLeftAlone() {
        let both = Self.article("1", nil, "purpose") + Self.article("2", nil, "terms")
        let result = Self.align(both, both, fixedOlder: [0], fixedNewer: [1])
        #expect(Self.links(result).isEmpty, "neither free article has a partner of the same text")
        let free = Self.align(both, both, fixedOlder: [0], fixedNewer: [0])
        #expect(Self.links(free) == ["1>1 text"])
    }

    @Test func outlinesWithoutTextPairByTitle() {
        let result = Self.align("## Article 2. Use of terms\n## Article 9. Illegal access\n", "## Article 5. Use of the terms\n## Article 10. Illegal access\n")
        #expect(Self.links(result) == ["0>0 title", "1>1 title"])
    }

    @Test func whatIsLeftPairsByNumberUnlessTitlesOrTextsSayOtherwise() {
        let titles = Self.align("## Article 3\n## Article 4. Jurisdiction\n", "## Article 3\n## Article 4. Protection of sovereignty\n")
        #expect(Self.links(titles) == ["0>0 number"])
        let texts = Self.align(Self.article("5", nil, "access"), Self.article("5", nil, "purpose"))
        #expect(Self.links(texts).isEmpty)
        let oneText = Self.align(Self.article("5", nil, "access"), "## Article 5\n")
        #expect(Self.links(oneText) == ["0>0 number"])
    }

    @Test func aSameTitleWeighsInWhenTextsGrow() {
        let older = "## Article 6. Illegal access\n\(Self.texts["access"]!)\n"
        let newer = "## Article 6. Illegal access\n1. \(Self.texts["access"]!)\n2. A State Party may require that the offence be committed by infringing security measures.\n"
        #expect(Self.links(Self.align(older, newer)) == ["0>0 text"])
    }

    @Test func aNewArticleMadeOfPartOfAnOldOneIsASplit() {
        let older = "## Article 5. Interception and interference\n1. \(Self.texts["interception"]!)\n2. \(Self.texts["interference"]!)\n"
        let newer = "## Article 5. Illegal interception\n1. \(Self.texts["interception"]!)\n## Article 6. Data interference\n1. \(Self.texts["interference"]!)\n"
        let result = Self.align(older, newer)
        #expect(Self.links(result) == ["0>0 text"])
        #expect(result.splits.map { "\($0.newer)<\($0.older)" } == ["1<0"])
        #expect(result.merges.isEmpty)
    }

    @Test func anOldArticleAbsorbedIntoANewOneIsAMerge() {
        let older = "## Article 5. Illegal interception\n1. \(Self.texts["interception"]!)\n## Article 6. Data interference\n1. \(Self.texts["interference"]!)\n"
        let newer = "## Article 5. Interception and interference\n1. \(Self.texts["interception"]!)\n2. \(Self.texts["interference"]!)\n"
        let result = Self.align(older, newer)
        #expect(Self.links(result) == ["0>0 text"])
        #expect(result.merges.map { "\($0.older)>\($0.newer)" } == ["1>0"])
        #expect(result.splits.isEmpty)
    }

    @Test func equalCandidatesPairInOrderNotAcross() {
        // Four equal scores and no number in common: the nearer positions win.
        let older = Self.article("1", nil, "access") + Self.article("2", nil, "access")
        let newer = Self.article("7", nil, "access") + Self.article("8", nil, "access")
        #expect(Self.links(Self.align(older, newer)) == ["0>0 text", "1>1 text"])
    }

    @Test func theSameDraftsAlwaysAlignTheSameWay() {
        let older = Self.article("1", nil, "purpose") + Self.article("2", nil, "terms") + Self.article("3", nil, "scope") + Self.article("4", nil, "access")
        let newer = Self.article("1", nil, "scope") + Self.article("2", nil, "access") + Self.article("3", nil, "purpose") + Self.article("4", nil, "devices")
        let first = Self.links(Self.align(older, newer))
        for _ in 0..<5 { #expect(Self.links(Self.align(older, newer)) == first) }
        #expect(first == ["0>2 text", "2>0 text", "3>1 text"])
    }
}
