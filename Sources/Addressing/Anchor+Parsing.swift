extension Anchor {
    /// Parses a fragment of a draft (`art_24__para_2__point_b`, `chp_IV`, `preamble__rec_9`),
    /// or `nil` when it is not one.
    public init?(draftFragment fragment: String) {
        if fragment == "preamble" {
            self = .preamble
            return
        }
        if fragment.hasPrefix("preamble__rec_") {
            guard let number = Int(fragment.dropFirst("preamble__rec_".count)), number > 0 else { return nil }
            self = .recital(number)
            return
        }
        if fragment.hasPrefix("chp_") {
            let number = String(fragment.dropFirst(4))
            guard !number.isEmpty, Self.chapter(number).id == fragment else { return nil }
            self = .chapter(number)
            return
        }
        if fragment == "annex" {
            self = .annex("")
            return
        }
        if fragment.hasPrefix("annex_") {
            let number = String(fragment.dropFirst(6))
            guard !number.isEmpty, Self.annex(number).id == fragment else { return nil }
            self = .annex(number)
            return
        }
        guard fragment.hasPrefix("art_") else { return nil }
        let parts = fragment.split(separator: "__", omittingEmptySubsequences: false).map(String.init)
        let number = String(parts[0].dropFirst(4))
        guard !number.isEmpty, Self.normalizedNumber(number) == number else { return nil }
        var anchor = Self.article(number)
        for (index, part) in parts.dropFirst().enumerated() {
            if index == 0, part.hasPrefix("para_"), let paragraph = anchor.paragraph(String(part.dropFirst(5))), part.count > 5 {
                anchor = paragraph
            } else if part.hasPrefix("point_"), part.count > 6, let point = anchor.point(String(part.dropFirst(6))) {
                anchor = point
            } else {
                return nil
            }
        }
        self = anchor
    }

    /// Parses a fragment of a position or page: `p_14`, or a heading's slug.
    public init?(documentFragment fragment: String) {
        // The common case, `p_14` as ``passage(_:)`` writes it, taken as it is.
        if Self.isCanonicalPassage(fragment.utf8) {
            self.init(.passage, id: fragment)
            return
        }
        if fragment.hasPrefix("p_") {
            guard let number = Int(fragment.dropFirst(2)), number > 0 else { return nil }
            self = .passage(number)
            return
        }
        guard !fragment.isEmpty, !fragment.utf8.contains(UInt8(ascii: "_")) else { return nil }
        self = .heading(fragment)
    }

    /// Whether `utf8` is `p_` and a number without a sign or leading zeros, as ``passage(_:)``
    /// writes it.
    static func isCanonicalPassage(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        guard iterator.next() == UInt8(ascii: "p"), iterator.next() == UInt8(ascii: "_"),
              let first = iterator.next(), first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9")
        else { return false }
        var digits = 1
        while let byte = iterator.next() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            digits += 1
        }
        return digits <= 18
    }
}
