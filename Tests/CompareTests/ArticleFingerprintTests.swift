import Testing
@testable import Compare
@testable import Structure

/// What the concordance compares of an article.
@Suite struct ArticleFingerprintTests {
    static func fingerprint(_ heading: String, _ text: String = "") -> ArticleFingerprint {
        let article = ConcordanceTests.draft("d", 1, "## \(heading)\n\(text)\n").text.articles[0]
        return ArticleFingerprint(article, text: text)
    }

    @Test func theNumberIsWrittenAsInAnchors() {
        #expect(Self.fingerprint("Article 4 bis").number == "4bis")
        #expect(Self.fingerprint("Article 24. Title").number == "24")
    }

    @Test func titleWordsLeaveOutSmallWordsAndPlurals() {
        #expect(Self.fingerprint("Article 7. Offences against the Confidentiality of data").titleWords == ["offence", "against", "confidentiality", "data"])
        #expect(Self.fingerprint("Article 8. Access and process").titleWords == ["access", "process"], "a double s is no plural")
        #expect(Self.fingerprint("Article 9").titleWords.isEmpty)
    }

    @Test func wordsFoldCaseAndDiacriticsAndSplitAtEverythingElse() {
        #expect(ArticleFingerprint.words("Coopération INTERNATIONALE, art. 4(2)—données") == ["cooperation", "internationale", "art", "4", "2", "donnees"])
    }

    @Test func theTextIsItsConsecutiveWordPairs() {
        let fingerprint = Self.fingerprint("Article 1", "Each State Party shall")
        #expect(fingerprint.shingles == ["each state", "state party", "party shall"])
        #expect(fingerprint.wordCount == 4)
        #expect(fingerprint.hasText)
    }

    @Test func aOneWordTextIsItsWordAndTooShortToCompare() {
        let one = Self.fingerprint("Article 1", "Reserved.")
        #expect(one.shingles == ["reserved"])
        #expect(!one.hasText)
        #expect(!Self.fingerprint("Article 1", "Two words").hasText)
        #expect(Self.fingerprint("Article 1").shingles.isEmpty)
    }

    @Test func titleSimilarityIsTheDiceOfTheirWords() {
        let a = Self.fingerprint("Article 1. Illegal access")
        let b = Self.fingerprint("Article 2. Access without right")
        #expect(a.titleSimilarity(b) == 0.4)
        #expect(a.titleSimilarity(a) == 1)
        #expect(a.titleSimilarity(Self.fingerprint("Article 3. Jurisdiction")) == 0)
        #expect(Self.fingerprint("Article 3").titleSimilarity(Self.fingerprint("Article 4")) == 0, "no titles are not alike")
        #expect(a.hasTitle && !Self.fingerprint("Article 3").hasTitle)
    }
}
