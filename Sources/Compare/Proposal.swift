import Addressing
/// Wording a position proposes for a provision: a fenced block whose info string is
/// `proposal <anchor>`, shown as a redline against the cited draft's text at that anchor.
///
/// ````markdown
/// ```proposal art_24__para_2
/// 2. Such conditions and safeguards shall include judicial or other independent review …
/// ```
/// ````
public struct Proposal: Sendable, Hashable {
    /// The position proposing it.
    public var positionID: String
    /// The block's passage anchor in the position (`p_12`).
    public var passageAnchor: Anchor?
    public var line: Int
    /// The draft whose text it amends (the position's cited draft).
    public var draftID: String
    /// The anchor it replaces (`art_24__para_2`).
    public var anchor: Anchor
    /// The article holding that anchor (`art_24`), `nil` for a recital.
    public var articleAnchor: Anchor?
    /// The draft's text at the anchor, and the proposed text.
    public var redline: Redline

    /// The info string word that marks a proposal.
    public static let marker = "proposal"
}
