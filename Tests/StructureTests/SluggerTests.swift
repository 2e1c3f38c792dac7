import Testing
@testable import Structure

/// Heading ids: slugs of letters and digits of any script joined by `-`, unique within a document.
@Suite struct SluggerTests {
    @Test func slugsAreUnicodeAwareAndDeduplicated() {
        var slugger = Slugger()
        #expect(slugger.unique("Über die Sache") == "über-die-sache")
        #expect(slugger.unique("Droits de l’homme") == "droits-de-lhomme")
        #expect(slugger.unique("Introduction") == "introduction")
        #expect(slugger.unique("Introduction") == "introduction-2")
        #expect(slugger.unique("Introduction") == "introduction-3")
        #expect(slugger.unique("1. Scope (Art. 1–5)") == "1-scope-art-15")
        #expect(slugger.unique("***") == "section")
    }

    @Test(arguments: [
        ("التعاون الدولي", "التعاون-الدولي"),
        ("网络 犯罪", "网络-犯罪"),
        ("Σύμβαση", "σύμβαση"),
        ("a_b/c", "a-b-c"),
        ("  -Lead and trail-  ", "lead-and-trail"),
        ("Many   --  separators", "many-separators"),
        ("What? Why! (Now.)", "what-why-now"),
        ("Article 24(2)(b)", "article-242b"),
    ])
    func aSlugKeepsLettersAndDigitsAndOneDashBetweenWords(_ text: String, _ slug: String) {
        #expect(Slugger.slug(text) == slug)
    }

    @Test func aSlugNeverHoldsAnUnderscoreSoItNeverMeetsADraftAnchor() {
        for text in ["p_1", "art_24__para_2", "_", "snake_case_heading"] {
            #expect(!Slugger.slug(text).contains("_"))
        }
    }

    @Test func headingsWithoutLettersAreSections() {
        var slugger = Slugger()
        #expect(slugger.unique("") == "section")
        #expect(slugger.unique("—") == "section-2")
        #expect(slugger.unique("Section") == "section-3")
    }

    @Test func aNumberedSlugAlreadyTakenIsNotHandedOutAgain() {
        var slugger = Slugger()
        #expect(slugger.unique("Intro") == "intro")
        #expect(slugger.unique("Intro") == "intro-2")
        #expect(slugger.unique("Intro 2") == "intro-2-2")
        #expect(slugger.unique("Intro") == "intro-3")

        var reversed = Slugger()
        #expect(reversed.unique("Intro 2") == "intro-2")
        #expect(reversed.unique("Intro") == "intro")
        #expect(reversed.unique("Intro") == "intro-3")
    }

    @Test func everySlugOfADocumentIsUnique() {
        var slugger = Slugger()
        let headings = ["A", "A", "A 2", "A-2", "a 3", "A", "", "section", "Section 2", "A 2", "a-2-2"]
        let slugs = headings.map { slugger.unique($0) }
        #expect(Set(slugs).count == slugs.count, "\(slugs)")
    }

    @Test func eachSluggerStartsAfresh() {
        var first = Slugger()
        var second = Slugger()
        #expect(first.unique("Scope") == "scope")
        #expect(second.unique("Scope") == "scope")
    }
}

/// The byte-by-byte slug of ASCII headings is the slug the character-by-character one makes.
@Suite struct SluggerASCIITests {
    @Test func everyASCIICharacterSlugsAsTheUnicodePathDoes() {
        for byte in UInt8(0)..<0x80 {
            let text = "A" + String(UnicodeScalar(byte)) + "b" + String(UnicodeScalar(byte)) + String(UnicodeScalar(byte)) + "9"
            #expect(Slugger.asciiSlug(text) == Slugger.unicodeSlug(text), "byte \(byte)")
        }
    }

    @Test func randomASCIIHeadingsSlugAsTheUnicodePathDoes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 -_/\t\r\n.,;:()[]'\"?!&%$#@*+=<>|\\^`~{}\u{0B}\u{0C}")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(Slugger.asciiSlug(text) == Slugger.unicodeSlug(text), "\(text.debugDescription)")
        }
    }

    @Test func textBeyondASCIIIsLeftToTheUnicodePath() {
        #expect(Slugger.asciiSlug("Über") == nil)
        #expect(Slugger.slug("Über die Sache") == "über-die-sache")
    }
}
