/// One reference found in a passage: its whole extent, the pieces that become links, and
/// every provision it cites (a range cites each article in it).
public struct ReferenceMatch: Sendable, Hashable {
    /// A piece of the reference that becomes one link.
    public struct Link: Sendable, Hashable {
        /// UTF-8 offsets in the scanned text.
        public var start: Int
        public var end: Int
        public var target: ReferenceTarget
    }

    /// UTF-8 offsets of the whole reference in the scanned text.
    public var start: Int
    public var end: Int
    public var links: [Link]
    /// Whether the reference is to another instrument (and so is not linked).
    public var external: Bool
    /// Article ranges (`Articles 6 to 16`), by their two ends, to expand against a draft.
    public var ranges: [(ReferenceTarget, ReferenceTarget)]

    public static func == (lhs: ReferenceMatch, rhs: ReferenceMatch) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.links == rhs.links && lhs.external == rhs.external
            && lhs.ranges.map(\.0) == rhs.ranges.map(\.0) && lhs.ranges.map(\.1) == rhs.ranges.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(links)
    }
}
