import Testing
@testable import Compare

/// The units a redline compares: words, single marks and runs of white space.
@Suite struct RedlineTokenTests {
    /// The tokens as `w:text`, `p:text` and `s:text`.
    static func tokens(_ text: String) -> [String] {
        RedlineToken.split(text).map { token in
            switch token.kind {
            case .word: "w:" + token.text
            case .punctuation: "p:" + token.text
            case .space: "s:" + token.text
            }
        }
    }

    @Test func wordsMarksAndSpaces() {
        #expect(Self.tokens("shall adopt (a) measures;") == ["w:shall", "s: ", "w:adopt", "s: ", "p:(", "w:a", "p:)", "s: ", "w:measures", "p:;"])
    }

    @Test func anApostropheOrHyphenBetweenLettersStaysInTheWord() {
        #expect(Self.tokens("State's cross-border co\u{2010}operation Parties\u{2019} a-b-c") == [
            "w:State's", "s: ", "w:cross-border", "s: ", "w:co\u{2010}operation", "s: ", "w:Parties", "p:\u{2019}", "s: ", "w:a-b-c",
        ])
    }

    @Test func aJoinerNextToADigitOrAnotherJoinerSplits() {
        #expect(Self.tokens("24-hour x-1 a--b States' rights") == [
            "w:24", "p:-", "w:hour", "s: ", "w:x", "p:-", "w:1", "s: ", "w:a", "p:-", "p:-", "w:b", "s: ", "w:States", "p:'", "s: ", "w:rights",
        ])
    }

    @Test func aRunOfWhiteSpaceIsOneToken() {
        #expect(Self.tokens("a  \n\t b") == ["w:a", "s:  \n\t ", "w:b"])
        #expect(RedlineToken.split(" \n ").map(\.isSpace) == [true])
    }

    @Test func lettersOfAnyScriptAndCombiningMarksMakeWords() {
        #expect(Self.tokens("coope\u{301}ration 网络犯罪 التعاون") == ["w:coope\u{301}ration", "s: ", "w:网络犯罪", "s: ", "w:التعاون"])
    }

    @Test func symbolsAreMarksOfTheirOwn() {
        #expect(Self.tokens("safe 🔒—text") == ["w:safe", "s: ", "p:🔒", "p:—", "w:text"])
        #expect(RedlineToken.split("🔒").map(\.isWord) == [false])
    }

    @Test func theTokensRebuildTheText() {
        for text in ["", "1. Each State Party shall, where appropriate:\n(a) adopt;", "  leading and trailing  ", "État's «données» — 24(2)(b)"] {
            #expect(RedlineToken.split(text).map(\.text).joined() == text)
        }
        #expect(RedlineToken.split("").isEmpty)
    }

    @Test(arguments: [
        "shall adopt (a) measures;", "the State's cross-border data, 'quoted' - and -dash- x-", "a\r\nb\t\tc\u{0B}d\u{0C}e",
        "1. Each State Party shall adopt such legislative and other measures as may be necessary ... (b)(ii) 24bis",
        "it's -- don't' 'x' a-b-c a--b a'-b ' - ", "", " ", "x", "!@#$%^&*()_+=[]{}|\\:;\"<>,.?/~`",
    ])
    func asciiTextIsCutAsTheGraphemeClustersCutIt(text: String) {
        var copy = text
        let bytewise = copy.withUTF8 { RedlineToken.splitASCII($0) }
        #expect(bytewise == RedlineToken.splitCharacters(text))
        #expect(RedlineToken.split(text) == bytewise)
    }

    @Test func textWithOtherScriptsIsCutByGraphemeCluster() {
        #expect(Self.tokens("café’s naïve") == ["w:café’s", "s: ", "w:naïve"])
    }
}
