/// One line of a text a redline compares, cut into its label and its words.
///
/// A line of a provision's text starts with the number of its paragraph (`2.`) or the label
/// of its point (`(b)`) (see ``ProvisionText``). The label is a unit of its own: compared
/// whole, never word by word, so that a relettered point reads `(c) → (b)`, not `(~~c~~b)`.
struct RedlineLine: Sendable, Hashable {
    /// `(b)`, `2.`; empty when the line has none.
    var label: Substring
    /// The white space between the label and the words (empty when either is).
    var separator: Substring
    /// The line after its label.
    var body: Substring

    /// The whole line, as written.
    var text: String { String(label) + separator + body }

    init(_ line: Substring) {
        let end = Self.labelEnd(line)
        label = line[..<end]
        var start = end
        while start < line.endIndex, line[start].isWhitespaceFast { start = line.index(after: start) }
        separator = line[end..<start]
        body = line[start...]
    }

    /// The end of the label at the start of `line`: `(` and up to 8 letters or digits and
    /// `)`, or digits and `.`, each followed by white space or the end of the line; the
    /// line's start when there is none.
    private static func labelEnd(_ line: Substring) -> Substring.Index {
        let characters = line.unicodeScalars
        var index = characters.startIndex
        guard index < characters.endIndex else { return line.startIndex }
        var length = 0
        if characters[index] == "(" {
            index = characters.index(after: index)
            while index < characters.endIndex, length < 8, Self.isLabelCharacter(characters[index]) {
                index = characters.index(after: index)
                length += 1
            }
            guard length > 0, index < characters.endIndex, characters[index] == ")" else { return line.startIndex }
        } else {
            while index < characters.endIndex, length < 8, ("0"..."9").contains(characters[index]) {
                index = characters.index(after: index)
                length += 1
            }
            guard length > 0, index < characters.endIndex, characters[index] == "." else { return line.startIndex }
        }
        index = characters.index(after: index)
        guard index == characters.endIndex || characters[index].properties.isWhitespace else { return line.startIndex }
        return index
    }

    private static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The words of the line, lower-cased, once each.
    var words: Set<String> {
        Set(RedlineToken.split(String(body)).filter(\.isWord).map { $0.text.lowercased() })
    }

    /// How alike the words of two lines are: the Dice coefficient of their sets of words
    /// (0 when they share none, 1 when they have the same).
    func similarity(to other: RedlineLine) -> Double {
        Self.similarity(words, other.words)
    }

    /// The Dice coefficient of two sets of words.
    static func similarity(_ mine: Set<String>, _ theirs: Set<String>) -> Double {
        guard !mine.isEmpty || !theirs.isEmpty else { return 1 }
        return 2 * Double(mine.intersection(theirs).count) / Double(mine.count + theirs.count)
    }
}
