import Addressing
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

    /// The anchor the author meant, whether or not the draft has it; `nil` for a number no
    /// anchor can hold (a recital number beyond any integer).
    public var anchor: Anchor? {
        switch kind {
        case .chapter:
            return .chapter(number)
        case .recital:
            return Int(number).map(Anchor.recital)
        case .article:
            var anchor: Anchor? = .article(number)
            if let paragraph { anchor = anchor?.paragraph(paragraph) }
            for point in points { anchor = anchor?.point(point) }
            return anchor
        }
    }

    /// The reference as a lawyer writes it: the label of its ``anchor`` ("art. 24(2)(b)").
    public var label: String {
        anchor?.label ?? "\(number)"
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
