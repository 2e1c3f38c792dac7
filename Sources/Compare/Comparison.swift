import Addressing
/// What the compare stage finds: the provisions across drafts, the wording positions
/// propose, and the matrix of who said what about each provision.
public struct Comparison: Sendable {
    public let concordance: Concordance
    /// In corpus order (positions by date, then block order).
    public let proposals: [Proposal]
    public let matrix: Matrix

    /// The proposals of each position, by position id.
    public func proposals(in positionID: String) -> [Proposal] {
        proposals.filter { $0.positionID == positionID }
    }

    /// The indices of the proposals for the provision at `row` of the concordance.
    public func proposals(forProvision row: Int) -> [Int] {
        proposals.indices.filter { index in
            let proposal = proposals[index]
            return proposal.articleAnchor.flatMap { concordance.index(draft: proposal.draftID, article: $0) } == row
        }
    }
}
