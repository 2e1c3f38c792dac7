import Testing
@testable import Compare
@testable import Structure

/// Word pairs weighted by rarity: what articles share, measured.
@Suite struct ShingleWeightsTests {
    static func fingerprints(_ texts: [String]) -> [ArticleFingerprint] {
        texts.map { text in
            let article = ConcordanceTests.draft("d", 1, "## Article 1\n\(text)\n").text.articles[0]
            return ArticleFingerprint(article, text: text)
        }
    }

    @Test func identicalTextsAreFullyAlikeAndDisjointOnesNotAtAll() {
        let weights = ShingleWeights(Self.fingerprints(["alpha beta gamma delta", "alpha beta gamma delta", "one two three four"]))
        #expect(weights.similarity(0, 1) == 1)
        #expect(weights.similarity(0, 2) == 0)
        #expect(weights.similarity(0, 0) == 1)
    }

    @Test func similarityIsSymmetric() {
        let weights = ShingleWeights(Self.fingerprints(["alpha beta gamma delta", "beta gamma delta epsilon zeta", "gamma delta"]))
        for a in 0..<3 {
            for b in 0..<3 { #expect(weights.similarity(a, b) == weights.similarity(b, a)) }
        }
    }

    @Test func aRarePairSaysMoreThanAPairEveryArticleRepeats() {
        // "state party" is in every article; "rare pair" in two.
        let weights = ShingleWeights(Self.fingerprints([
            "state party rare pair", "state party rare pair", "state party x1 y1", "state party x2 y2", "state party x3 y3", "state party x4 y4",
        ]))
        let sharingTheRarePair = weights.similarity(0, 1)
        let sharingTheFormula = weights.similarity(2, 3)
        #expect(sharingTheRarePair == 1)
        #expect(sharingTheFormula < 0.5)
        #expect(weights.similarity(0, 2) < weights.similarity(0, 1))
    }

    @Test func containmentMeasuresHowMuchOfOneIsInTheOther() {
        let weights = ShingleWeights(Self.fingerprints([
            "criminal offence of illegal interception", "criminal offence of illegal interception and of data interference",
        ]))
        #expect(weights.containment(0, in: 1) == 1)
        #expect(weights.containment(1, in: 0) < 1)
        #expect(weights.containment(1, in: 0) > 0)
    }

    @Test func anArticleWithoutTextIsLikeNothing() {
        let weights = ShingleWeights(Self.fingerprints(["", "alpha beta gamma"]))
        #expect(weights.similarity(0, 1) == 0)
        #expect(weights.similarity(0, 0) == 0)
        #expect(weights.containment(0, in: 1) == 0)
        #expect(weights.containment(1, in: 0) == 0)
    }
}
