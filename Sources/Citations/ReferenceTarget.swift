/// What a reference points at in a draft: a chapter, the preamble or one of its recitals, or an
/// article with an optional paragraph and points, as the author wrote them.
public struct ReferenceTarget: Sendable, Hashable {
    /// What kind of provision the reference names.
    public enum Kind: Sendable, Hashable {
        case article
        case chapter
        case recital
    }

    public var kind: Kind
    /// The article number ("24", "4 bis"), chapter number ("IV") or recital number ("9").
    public var number: String
    /// The paragraph number, for articles.
    public var paragraph: String?
    /// Point labels, outermost first ("b", "ii").
    public var points: [String]

    public init(kind: Kind, number: String, paragraph: String? = nil, points: [String] = []) {
        self.kind = kind
        self.number = number
        self.paragraph = paragraph
        self.points = points
    }

    /// The anchor the author meant, whether or not the draft has it (DESIGN.md §2).
    public var anchor: String {
        switch kind {
        case .chapter:
            return "chp_" + number.uppercased()
        case .recital:
            return "preamble__rec_" + number
        case .article:
            var anchor = "art_" + String(number.lowercased().filter { $0.isLetter || $0.isNumber })
            if let paragraph { anchor += "__para_" + paragraph }
            for point in points { anchor += "__point_" + point }
            return anchor
        }
    }

    /// The reference as a lawyer writes it: "art. 24(2)(b)", "ch. IV", "preamble, para. 9".
    public var label: String {
        switch kind {
        case .chapter: return "ch. \(number)"
        case .recital: return "preamble, para. \(number)"
        case .article:
            var label = "art. \(number)"
            if let paragraph { label += "(\(paragraph))" }
            for point in points { label += "(\(point))" }
            return label
        }
    }

    /// The same target without its last level (point, then paragraph), or `nil` at the top.
    var parent: ReferenceTarget? {
        var copy = self
        if !copy.points.isEmpty {
            copy.points.removeLast()
            return copy
        }
        if copy.paragraph != nil {
            copy.paragraph = nil
            return copy
        }
        return nil
    }
}
