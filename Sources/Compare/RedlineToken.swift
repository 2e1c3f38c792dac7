/// A unit a redline compares: a word, one punctuation mark, or a run of white space.
struct RedlineToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, punctuation, space }

    var text: String
    var kind: Kind

    var isWord: Bool { kind == .word }
    var isSpace: Bool { kind == .space }

    /// Cuts `text` into tokens, by grapheme cluster: letters, digits and combining marks make
    /// words (an apostrophe or hyphen between two letters stays inside: "State's",
    /// "cross-border"); every other mark is a token of its own; white space runs are one token.
    static func split(_ text: String) -> [RedlineToken] {
        let characters = Array(text)
        var tokens: [RedlineToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isWordCharacter(character) {
                var end = index + 1
                while end < characters.count {
                    if isWordCharacter(characters[end]) {
                        end += 1
                    } else if isJoiner(characters[end]), end + 1 < characters.count,
                              characters[end - 1].isLetterFast, characters[end + 1].isLetterFast {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(RedlineToken(text: String(characters[index..<end]), kind: .word))
                index = end
            } else if character.isWhitespaceFast {
                var end = index + 1
                while end < characters.count, characters[end].isWhitespaceFast { end += 1 }
                tokens.append(RedlineToken(text: String(characters[index..<end]), kind: .space))
                index = end
            } else {
                tokens.append(RedlineToken(text: String(character), kind: .punctuation))
                index += 1
            }
        }
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetterOrNumber
            || character.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
    }

    /// An apostrophe or hyphen, which joins two letters into one word.
    private static func isJoiner(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}" || character == "-" || character == "\u{2010}"
    }
}
