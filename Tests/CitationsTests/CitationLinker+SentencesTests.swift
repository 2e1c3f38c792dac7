import Diagnostics
import Markdown
import Structure
import Testing
@testable import Citations

/// The sentence quoted with each citation.
@Suite struct CitationSentenceTests {
    let draft = DraftAnchors(draftID: "zero", title: "Zero draft", path: "content/drafts/zero.md", text: CitationLinkerTests.draftText)

    func citations(_ markdown: String, instruments: [String] = ["Budapest Convention"]) -> [CitedPassage] {
        var log = DiagnosticLog()
        let linker = CitationLinker(
            scanner: ReferenceScanner(externalInstruments: instruments), draft: draft, drafts: ["zero": draft],
            documentID: "pos", path: "content/positions/pos.md"
        )
        return linker.link(AnchoredDocument(MarkdownParser().parse(markdown)), log: &log).1
    }

    func marked(_ citation: CitedPassage) -> String {
        let bytes = Array(citation.sentence.utf8)
        return String(decoding: bytes[citation.markStart..<citation.markEnd], as: UTF8.self)
    }

    @Test func aSentenceGoesOnPastTheAbbreviationOfAReference() {
        let found = citations("The relationship between Article 1 and Art. 2-3 requires clarification. Next sentence.")
        #expect(found.count == 2)
        for citation in found {
            #expect(citation.sentence == "The relationship between Article 1 and Art. 2-3 requires clarification.")
        }
        #expect(found.map(marked) == ["Article 1", "Art. 2-3"])
    }

    @Test func aLongSentenceIsQuotedAroundTheReferenceOnly() throws {
        let filler = Array(repeating: "the parties shall cooperate", count: 200).joined(separator: " ")
        let found = citations("\(filler) under Article 24(2) and \(filler) again.")
        let citation = try #require(found.first)
        #expect(citation.sentence.utf8.count <= CitationLinker.longestQuote + 10)
        #expect(citation.sentence.hasPrefix("… ") && citation.sentence.hasSuffix(" …"))
        #expect(marked(citation) == "Article 24(2)")
        #expect(!citation.sentence.contains("  "))
    }

    @Test func aShortSentenceIsQuotedWhole() {
        let found = citations("Line one cites\nArticle 24(2) across a line.")
        #expect(found.map(\.sentence) == ["Line one cites Article 24(2) across a line."])
    }

    @Test func wrappedLinesAreJoinedAndEveryReferenceLinked() {
        let lines = (1...300).map { "line \($0) cites Article 24(2) and" }.joined(separator: "\n")
        let found = citations(lines + " ends.")
        #expect(found.count == 300)
        #expect(found.allSatisfy { marked($0) == "Article 24(2)" })
        // One sentence: shared by every reference, cut around each.
        #expect(Set(found.map(\.line)).count == 300)
    }

    @Test func anInstrumentNamedEarlierInTheSentenceStillUnlinksLaterReferencesOnly() {
        let found = citations("Article 1 applies. Unlike the Budapest Convention, Article 2 and Article 3 differ. Article 24 holds.")
        #expect(found.flatMap(\.articles).map(\.id) == ["art_1", "art_24"])
    }
}
