import Testing
@testable import Corpus

@Suite struct IdentifierTests {
    @Test(arguments: ["zero-draft", "gi-toc", "a", "2023-statement"])
    func acceptsLowercaseLettersDigitsAndDashes(_ id: String) {
        #expect(Identifier.isValid(id))
    }

    @Test(arguments: ["Zero-draft", "zero draft", "zéro", "-lead", "trail-", "a_b", "a.b", ""])
    func rejectsAnythingElse(_ id: String) {
        #expect(!Identifier.isValid(id))
    }

    @Test func suggestsAValidId() {
        #expect(Identifier.suggestion(for: "GI-TOC Note (2023)") == "gi-toc-note-2023")
    }
}
