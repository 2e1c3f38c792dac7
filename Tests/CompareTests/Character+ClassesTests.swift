import Testing
@testable import Compare

@Suite struct CharacterClassesTests {
    /// Every character of the first blocks of Unicode, a few beyond, and line ends.
    static let samples: [Character] = (0..<0x600).compactMap { Unicode.Scalar($0).map(Character.init) }
        + ["\r\n", "é", "\u{2028}", "\u{3000}", "二", "٣", "e\u{301}"]

    @Test func theFastClassesAnswerAsUnicodesTablesDo() {
        for character in Self.samples {
            #expect(character.isLetterOrNumber == (character.isLetter || character.isNumber), "\(character.unicodeScalars.map(\.value))")
            #expect(character.isLetterFast == character.isLetter, "\(character.unicodeScalars.map(\.value))")
            #expect(character.isWhitespaceFast == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
    }
}
