import Diagnostics
import Markdown
import Testing
@testable import Structure

@Suite struct PreambleChapeauTests {
    func parse(_ markdown: String) -> DraftText {
        var log = DiagnosticLog()
        return DraftParser(path: "d.md").parse(MarkdownParser().parse(markdown), log: &log)
    }

    @Test func theOpeningWordsOfAPreambleAreNotARecital() {
        let text = parse("# Preamble\nThe States Parties to this Convention,\n\n*Noting* x,\n\nRecalling y,\n")
        #expect(text.preamble?.recitals.map(\.anchor.id) == ["preamble__rec_1", "preamble__rec_2"])
        #expect(text.preamble?.recitals.first.map { Inline.plainText($0.inlines) } == "Noting x,")
        guard case .block(let opening) = text.preamble?.elements.first else {
            Issue.record("the chapeau is kept, unnumbered, before the recitals")
            return
        }
        #expect(opening.line == 2)
    }

    @Test func aChapeauOnTheLineBeforeTheFirstRecitalIsSplitFromIt() {
        let text = parse("# Preamble\nThe States Parties to this Convention,\nNoting x,\n\nRecalling y,\n")
        #expect(text.preamble?.recitals.map { Inline.plainText($0.inlines) } == ["Noting x,", "Recalling y,"])
        #expect(text.preamble?.recitals.first?.line == 3)
    }

    @Test(arguments: ["The States Parties to this Convention,", "The General Assembly,", "The High Contracting Parties:"])
    func chapeaux(_ line: String) {
        #expect(PreambleChapeau.isChapeau(line))
    }

    @Test(arguments: [
        "Noting the importance of cooperation,",
        "The importance of cooperation between States in combating the harm that example matters cause to societies everywhere,",
        "The States Parties to this Convention",
    ])
    func notChapeaux(_ line: String) {
        #expect(!PreambleChapeau.isChapeau(line))
    }

    @Test func onlyTheFirstParagraphCanBeTheChapeau() {
        let text = parse("# Preamble\nNoting x,\n\nThe States Parties,\n")
        #expect(text.preamble?.recitals.count == 2)
    }
}
