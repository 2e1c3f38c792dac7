/// The label a lawyer writes for a draft anchor: `art_24__para_2__point_b` gives
/// `Art. 24(2)(b)`, `preamble__rec_9` gives `Preamble, para. 9` (as `cite.js` does).
enum AnchorLabel {
    static func label(_ anchor: String) -> String {
        if anchor.hasPrefix("preamble__rec_") { return "Preamble, para. " + anchor.dropFirst("preamble__rec_".count) }
        if anchor == "preamble" { return "Preamble" }
        if anchor.hasPrefix("chp_") { return "Chapter " + anchor.dropFirst(4) }
        if anchor.hasPrefix("annex_") { return "Annex " + anchor.dropFirst(6) }
        guard anchor.hasPrefix("art_") else { return anchor }
        let parts = anchor.split(separator: "__", omittingEmptySubsequences: false)
        var number = String(parts[0].dropFirst(4))
        // 4bis is written "4 bis".
        if let letters = number.firstIndex(where: \.isLetter), number[..<letters].allSatisfy(\.isNumber), letters != number.startIndex {
            number.insert(" ", at: letters)
        }
        var label = "Art. " + number
        for part in parts.dropFirst() {
            if part.hasPrefix("para_") {
                label += "(\(part.dropFirst(5)))"
            } else if part.hasPrefix("point_") {
                label += "(\(part.dropFirst(6)))"
            }
        }
        return label
    }
}
