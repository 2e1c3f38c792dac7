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
        var text = text
        if let tokens = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? splitASCII(bytes) : nil }) {
            return tokens
        }
        return splitCharacters(text)
    }

    /// ``split(_:)`` by grapheme cluster, for any text.
    static func splitCharacters(_ text: String) -> [RedlineToken] {
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

    /// ``split(_:)`` for ASCII text (most of a record), byte by byte: the same tokens
    /// without breaking the text into grapheme clusters.
    static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [RedlineToken] {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isWord(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var tokens: [RedlineToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isWord(byte) {
                var end = index + 1
                while end < bytes.count {
                    if isWord(bytes[end]) {
                        end += 1
                    } else if bytes[end] == UInt8(ascii: "'") || bytes[end] == UInt8(ascii: "-"), end + 1 < bytes.count,
                              isLetter(bytes[end - 1]), isLetter(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(RedlineToken(text: text(index..<end), kind: .word))
                index = end
            } else if isSpace(byte) {
                var end = index + 1
                while end < bytes.count, isSpace(bytes[end]) { end += 1 }
                tokens.append(RedlineToken(text: text(index..<end), kind: .space))
                index = end
            } else {
                tokens.append(RedlineToken(text: text(index..<index + 1), kind: .punctuation))
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
