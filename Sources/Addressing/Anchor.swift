/// A citable place on a page of the site: the part of an address after `#`.
///
/// This type is the one place the anchor grammar is spelled (docs/design.md, *Anchors*).
/// Inside a draft, anchors follow the Akoma Ntoso naming convention, `element_number` joined by
/// `__` from the outside in, numbers as written without spaces or punctuation: `preamble`,
/// `preamble__rec_9`, `chp_IV`, `annex_I`, `art_24`, `art_4bis`, `art_24__para_2`,
/// `art_24__para_2__point_b`, `art_5__point_a`. In positions and pages a passage is `p_14`
/// and a heading its slug (slugs hold no `_`, so they never meet the others). On a
/// provision's page, the text of one draft is the draft's id.
///
/// Values are built from structure (``article(_:)``, ``paragraph(_:)``, ``point(_:)``, ...)
/// or parsed (``init(draftFragment:)``), never spelled by hand elsewhere. The spelled
/// fragment is kept in ``id`` (computed once: anchors are compared and written millions of
/// times on a large record).
public struct Anchor: Sendable, Hashable, CustomStringConvertible {
    /// What the anchor names.
    public enum Kind: Sendable, Hashable {
        /// The preamble of a draft.
        case preamble
        /// A preambular paragraph (recital), by its number.
        case recital(Int)
        /// A chapter, by its number as anchors write it (`IV`).
        case chapter(String)
        /// An annex, by its number (`I`), or `nil` for an annex without one.
        case annex(String?)
        /// An article, or a paragraph or point of it.
        case provision(ProvisionPath)
        /// A top-level block of a position or page (`p_N`), by its number.
        case passage(Int)
        /// A heading of a position or page, by its slug.
        case heading(String)
        /// The text of one draft on a provision's page, by the draft's id.
        case version(String)
    }

    /// An article and, inside it, a paragraph and points (outermost first).
    public struct ProvisionPath: Sendable, Hashable {
        /// The article number as anchors write it (`24`, `4bis`).
        public var article: String
        /// The paragraph number, when the anchor is inside a numbered paragraph.
        public var paragraph: String?
        /// Point labels, outermost first (`b`, `ii`).
        public var points: [String]
    }

    public let kind: Kind
    /// The fragment: `art_24__para_2`.
    public let id: String

    private init(_ kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { id }

    // MARK: Drafts

    /// The preamble.
    public static let preamble = Anchor(.preamble, id: "preamble")

    /// Preambular paragraph `number`.
    public static func recital(_ number: Int) -> Anchor {
        Anchor(.recital(number), id: "preamble__rec_\(number)")
    }

    /// The chapter numbered `number` as written (`IV`, `iv.` give `chp_IV`).
    public static func chapter(_ number: String) -> Anchor {
        let written = normalizedNumber(number).uppercased()
        return Anchor(.chapter(written), id: "chp_" + written)
    }

    /// The annex numbered `number` as written, or the only annex when `number` is empty.
    public static func annex(_ number: String) -> Anchor {
        let written = normalizedNumber(number).uppercased()
        return written.isEmpty ? Anchor(.annex(nil), id: "annex") : Anchor(.annex(written), id: "annex_" + written)
    }

    /// The article numbered `number` as written (`24`, `4 bis` gives `art_4bis`).
    public static func article(_ number: String) -> Anchor {
        let written = normalizedNumber(number)
        return Anchor(.provision(ProvisionPath(article: written, paragraph: nil, points: [])), id: "art_" + written)
    }

    /// Paragraph `number` of this article (`art_24` gives `art_24__para_2`); `nil` when this
    /// anchor is not a whole article.
    public func paragraph(_ number: String) -> Anchor? {
        guard case .provision(var path) = kind, path.paragraph == nil, path.points.isEmpty else { return nil }
        path.paragraph = number
        return Anchor(.provision(path), id: id + "__para_" + number)
    }

    /// Point `label` inside this article, paragraph or point (`…__point_b`); `nil` for other anchors.
    public func point(_ label: String) -> Anchor? {
        guard case .provision(var path) = kind else { return nil }
        path.points.append(label)
        return Anchor(.provision(path), id: id + "__point_" + label)
    }

    /// A number as anchors write it: lowercase letters and digits only (`4 bis` gives `4bis`).
    public static func normalizedNumber(_ number: String) -> String {
        String(number.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    // MARK: Positions, pages and provision pages

    /// Top-level block `number` of a position or page.
    public static func passage(_ number: Int) -> Anchor {
        Anchor(.passage(number), id: "p_\(number)")
    }

    /// The heading with slug `slug` (letters, digits and `-`: see `Slugger`).
    public static func heading(_ slug: String) -> Anchor {
        Anchor(.heading(slug), id: slug)
    }

    /// The text of draft `draftID` on a provision's page.
    public static func version(_ draftID: String) -> Anchor {
        Anchor(.version(draftID), id: draftID)
    }

    // MARK: Structure

    /// The article this anchor lies in (itself for an article), or `nil` outside articles.
    public var article: Anchor? {
        guard case .provision(let path) = kind else { return nil }
        return path.paragraph == nil && path.points.isEmpty ? self : .article(path.article)
    }

    /// The anchor one level up (a point's paragraph or parent point, a paragraph's article,
    /// a recital's preamble), or `nil` at the top.
    public var parent: Anchor? {
        switch kind {
        case .recital: return .preamble
        case .provision(let path):
            if !path.points.isEmpty {
                var anchor = Anchor.article(path.article)
                if let paragraph = path.paragraph, let inParagraph = anchor.paragraph(paragraph) { anchor = inParagraph }
                for label in path.points.dropLast() { anchor = anchor.point(label) ?? anchor }
                return anchor
            }
            return path.paragraph == nil ? nil : .article(path.article)
        default: return nil
        }
    }

    /// The paragraph and point labels below the article, outermost first (`art_24__para_2__point_b`
    /// gives `["2", "b"]`); empty for other anchors.
    public var levelsBelowArticle: [String] {
        guard case .provision(let path) = kind else { return [] }
        return (path.paragraph.map { [$0] } ?? []) + path.points
    }

    /// The levels of this anchor below `ancestor`, spelled as in the anchor (`para_2__point_b`
    /// for `art_24__para_2__point_b` below `art_24`), or `nil` when it is not below it.
    public func spelled(below ancestor: Anchor) -> String? {
        let prefix = ancestor.id + Self.separator
        guard id.hasPrefix(prefix), id.count > prefix.count else { return nil }
        return String(id.dropFirst(prefix.count))
    }

    /// What joins the levels of a draft's anchor.
    static let separator = "__"

    /// Whether this is an anchor inside a draft's text (not a passage, heading or version).
    public var isInDraft: Bool {
        switch kind {
        case .preamble, .recital, .chapter, .annex, .provision: true
        case .passage, .heading, .version: false
        }
    }
}
