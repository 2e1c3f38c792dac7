import Foundation

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
/// or parsed (``init(draftFragment:)``), never spelled by hand elsewhere. A value is its
/// spelled fragment and a one-byte tag of its kind, no more than a string: a large record
/// holds millions of them (every citation names a few), and they are compared, hashed and
/// written that often. The structured ``kind`` is read from the spelling when asked for.
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

    /// The kinds, as the tag stores them.
    enum Tag: UInt8, Sendable, Hashable {
        case preamble, recital, chapter, annex, provision, passage, heading, version
    }

    /// The fragment: `art_24__para_2`.
    public let id: String
    let tag: Tag

    /// An anchor of kind `tag` whose fragment is `id`, already spelled as the grammar spells
    /// it (the static constructors and the parsers check it).
    init(_ tag: Tag, id: String) {
        self.tag = tag
        self.id = id
    }

    public var description: String { id }

    /// What the anchor names, read from its spelling.
    public var kind: Kind {
        switch tag {
        case .preamble: return .preamble
        case .recital: return .recital(Int(id.dropFirst(Self.recitalPrefix.count)) ?? 0)
        case .chapter: return .chapter(String(id.dropFirst(Self.chapterPrefix.count)))
        case .annex: return .annex(id == Self.annexWithoutNumber ? nil : String(id.dropFirst(Self.annexPrefix.count)))
        case .provision: return .provision(provisionPath)
        case .passage: return .passage(Int(id.dropFirst(Self.passagePrefix.count)) ?? 0)
        case .heading: return .heading(id)
        case .version: return .version(id)
        }
    }

    /// The article, paragraph and points of a provision's anchor (empty for others).
    var provisionPath: ProvisionPath {
        // The parts between `__`, read as bytes (the grammar's words are ASCII): a large record
        // asks for the path of hundreds of thousands of anchors.
        let bytes = Array(id.utf8)
        var parts: [ArraySlice<UInt8>] = []
        var start = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "_") && bytes[i + 1] == UInt8(ascii: "_") {
                parts.append(bytes[start..<i])
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        parts.append(bytes[start...])
        func text(_ part: ArraySlice<UInt8>, after prefix: String) -> String {
            String(decoding: part.dropFirst(prefix.utf8.count), as: UTF8.self)
        }
        var path = ProvisionPath(article: text(parts[0], after: Self.articlePrefix), paragraph: nil, points: [])
        for part in parts.dropFirst() {
            if part.starts(with: Self.paragraphPrefix.utf8) {
                path.paragraph = text(part, after: Self.paragraphPrefix)
            } else {
                path.points.append(text(part, after: Self.pointPrefix))
            }
        }
        return path
    }

    // The grammar's words.
    static let recitalPrefix = "preamble__rec_"
    static let chapterPrefix = "chp_"
    static let annexPrefix = "annex_"
    static let annexWithoutNumber = "annex"
    static let articlePrefix = "art_"
    static let paragraphPrefix = "para_"
    static let pointPrefix = "point_"
    static let passagePrefix = "p_"

    // MARK: Drafts

    /// The preamble.
    public static let preamble = Anchor(.preamble, id: "preamble")

    /// Preambular paragraph `number`.
    public static func recital(_ number: Int) -> Anchor {
        Anchor(.recital, id: recitalPrefix + String(number))
    }

    /// The chapter numbered `number` as written (`IV`, `iv.` give `chp_IV`).
    public static func chapter(_ number: String) -> Anchor {
        Anchor(.chapter, id: chapterPrefix + normalizedNumber(number).uppercased())
    }

    /// The annex numbered `number` as written, or the only annex when `number` is empty.
    public static func annex(_ number: String) -> Anchor {
        let written = normalizedNumber(number).uppercased()
        return Anchor(.annex, id: written.isEmpty ? annexWithoutNumber : annexPrefix + written)
    }

    /// The article numbered `number` as written (`24`, `4 bis` gives `art_4bis`).
    public static func article(_ number: String) -> Anchor {
        Anchor(.provision, id: articlePrefix + normalizedNumber(number))
    }

    /// Paragraph `number` of this article (`art_24` gives `art_24__para_2`); `nil` when this
    /// anchor is not a whole article.
    public func paragraph(_ number: String) -> Anchor? {
        guard tag == .provision, separatorOffset(last: false) == nil else { return nil }
        return Anchor(.provision, id: id + Self.separator + Self.paragraphPrefix + number)
    }

    /// Point `label` inside this article, paragraph or point (`…__point_b`); `nil` for other anchors.
    public func point(_ label: String) -> Anchor? {
        guard tag == .provision else { return nil }
        return Anchor(.provision, id: id + Self.separator + Self.pointPrefix + label)
    }

    /// A number as anchors write it: lowercase letters and digits only (`4 bis` gives `4bis`).
    public static func normalizedNumber(_ number: String) -> String {
        // ASCII, the usual case, byte by byte: the same letters and digits, lowercased.
        if number.utf8.allSatisfy({ $0 < 0x80 }) {
            let kept = number.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
                default: return nil
                }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        return String(number.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    // MARK: Positions, pages and provision pages

    /// Top-level block `number` of a position or page.
    public static func passage(_ number: Int) -> Anchor {
        Anchor(.passage, id: passagePrefix + String(number))
    }

    /// The heading with slug `slug` (letters, digits and `-`: see `Slugger`).
    public static func heading(_ slug: String) -> Anchor {
        Anchor(.heading, id: slug)
    }

    /// The text of draft `draftID` on a provision's page.
    public static func version(_ draftID: String) -> Anchor {
        Anchor(.version, id: draftID)
    }

    // MARK: Structure

    /// The UTF-8 offset of the first (or last) `__` in the spelling, found byte by byte
    /// (the level separator; structure questions ask it on every reference of a build).
    func separatorOffset(last: Bool) -> Int? {
        var found: Int?
        var offset = 0
        var previous: UInt8 = 0
        for byte in id.utf8 {
            if byte == UInt8(ascii: "_"), previous == UInt8(ascii: "_") {
                if !last { return offset - 1 }
                found = offset - 1
            }
            previous = byte
            offset += 1
        }
        return found
    }

    /// The article this anchor lies in (itself for an article), or `nil` outside articles.
    public var article: Anchor? {
        guard tag == .provision else { return nil }
        guard let end = separatorOffset(last: false) else { return self }
        return Anchor(.provision, id: String(decoding: id.utf8.prefix(end), as: UTF8.self))
    }

    /// The anchor one level up (a point's paragraph or parent point, a paragraph's article,
    /// a recital's preamble), or `nil` at the top.
    public var parent: Anchor? {
        switch tag {
        case .recital: return .preamble
        case .provision:
            guard let last = separatorOffset(last: true) else { return nil }
            return Anchor(.provision, id: String(decoding: id.utf8.prefix(last), as: UTF8.self))
        default: return nil
        }
    }

    /// The paragraph and point labels below the article, outermost first (`art_24__para_2__point_b`
    /// gives `["2", "b"]`); empty for other anchors.
    public var levelsBelowArticle: [String] {
        guard tag == .provision else { return [] }
        let path = provisionPath
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
        switch tag {
        case .preamble, .recital, .chapter, .annex, .provision: true
        case .passage, .heading, .version: false
        }
    }
}
