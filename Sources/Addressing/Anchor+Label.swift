extension Anchor {
    /// The anchor as a citation writes it, the one form used everywhere (pages, the cite
    /// button, the matrix and its exports, search): `art. 24(2)(b)`, `art. 4 bis`, `ch. IV`,
    /// `annex I`, `preamble`, `preamble, para. 9`, `¶14`. A heading is `§ <its text>` when
    /// the text is given, else its slug; a draft's version is its id.
    public func label(headingText: String?) -> String {
        // A passage's number is in its id as the label shows it: no need to read it.
        if tag == .passage { return "¶" + String(decoding: id.utf8.dropFirst(Self.passagePrefix.utf8.count), as: UTF8.self) }
        switch kind {
        case .preamble: return "preamble"
        case .recital(let number): return "preamble, para. \(number)"
        case .chapter(let number): return "ch. \(number)"
        case .annex(let number): return number.map { "annex \($0)" } ?? "annex"
        case .provision(let path):
            var label = "art. " + Self.spaced(path.article)
            if let paragraph = path.paragraph { label += "(\(paragraph))" }
            for point in path.points { label += "(\(point))" }
            return label
        case .passage(let number): return "¶\(number)"
        case .heading(let slug): return headingText.map { "§ " + $0 } ?? slug
        case .version(let draftID): return draftID
        }
    }

    /// The label of this anchor (a heading's slug for a heading: see ``label(headingText:)``).
    public var label: String { label(headingText: nil) }

    /// The label as it starts a line or a title: `Art. 24(2)(b)`, `Preamble, para. 9`.
    public var capitalizedLabel: String {
        let label = self.label
        guard let first = label.first else { return label }
        return first.uppercased() + label.dropFirst()
    }

    /// `4bis` written `4 bis`, as the text of a treaty numbers it (a Latin ordinal is a
    /// word; a letter, as in `4a`, stays joined).
    static func spaced(_ number: String) -> String {
        guard let letters = number.firstIndex(where: \.isLetter), letters != number.startIndex,
              number[..<letters].allSatisfy(\.isNumber), latinOrdinals.contains(String(number[letters...]))
        else { return number }
        return number[..<letters] + " " + number[letters...]
    }

    /// The words that number an article inserted after another: `4 bis`, `4 ter`, ...
    public static let latinOrdinals: Set<String> = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]
}
