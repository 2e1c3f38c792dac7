import Addressing
import Citations
import Corpus
import Structure

/// Provisions x stakeholders: for each stakeholder, what it said about each provision it
/// addressed — its stance, the passages citing the provision, and the text it proposed.
///
/// Rows are the provisions someone addressed, in concordance order; columns are the
/// stakeholders with at least one document, by name. A joint document counts for each of
/// its stakeholders.
public struct Matrix: Sendable {
    /// A passage of a position citing a provision.
    public struct Passage: Sendable, Hashable {
        public var positionID: String
        public var anchor: Anchor
    }

    /// A stance a position declares on a provision.
    public struct Stance: Sendable, Hashable {
        public var positionID: String
        public var value: PositionSource.Stance.Value
        public var note: String?
        /// The article as numbered in the position's cited draft.
        public var draftID: String
        public var article: String
    }

    /// What one stakeholder said about one provision.
    public struct Cell: Sendable, Hashable {
        /// In corpus order (by date), each passage once.
        public var passages: [Passage] = []
        /// In corpus order.
        public var stances: [Stance] = []
        /// Indices in ``Comparison/proposals``.
        public var proposals: [Int] = []

        /// The stance to show: the latest declared one, else `comments` (cited without one).
        public var label: String { stances.last?.value.rawValue ?? "comments" }
    }

    /// Indices in ``Concordance/provisions``, in concordance order.
    public let rows: [Int]
    /// Stakeholder ids.
    public let columns: [String]
    /// Provision index, then stakeholder id.
    let cells: [Int: [String: Cell]]

    /// The cell of provision `row` (an index in the concordance) and `stakeholder`, if it said anything.
    public func cell(_ row: Int, _ stakeholder: String) -> Cell? {
        cells[row]?[stakeholder]
    }

    /// Every provision a stakeholder addressed, in concordance order, with its cell.
    public func column(_ stakeholder: String) -> [(row: Int, cell: Cell)] {
        rows.compactMap { row in cells[row]?[stakeholder].map { (row, $0) } }
    }

    static func build(
        concordance: Concordance, positions: [StructuredCorpus.Position], stakeholders: [StructuredCorpus.StakeholderProfile],
        citations: CitationIndex, proposals: [Proposal]
    ) -> Matrix {
        // Cells are gathered by row in an array (a row is an index into the concordance),
        // and the concordance's articles of the cited draft are looked up in that draft's
        // table, taken once per run of passages citing it: a large record has hundreds of
        // thousands of citations, read here on one thread.
        var byRow = [[String: Cell]](repeating: [:], count: concordance.provisions.count)
        let authors = Dictionary(uniqueKeysWithValues: positions.map { ($0.source.id, $0.source.stakeholders) })
        // Citations come document by document: a passage is counted once per provision
        // within its document.
        /// A passage of the current document citing a provision.
        struct Seen: Hashable { var row: Int; var anchor: Anchor }
        var seen = Set<Seen>()
        var document = ""
        var documentAuthors: [String] = []
        var draft: String?
        var articles: [Anchor: Int] = [:]
        for passage in citations.passages {
            if passage.documentID != document {
                document = passage.documentID
                documentAuthors = authors[document] ?? []
                seen.removeAll(keepingCapacity: true)
            }
            guard !documentAuthors.isEmpty else { continue }
            if passage.draftID != draft {
                draft = passage.draftID
                articles = concordance.lookup[passage.draftID] ?? [:]
            }
            for article in passage.articles {
                guard let row = articles[article], seen.insert(Seen(row: row, anchor: passage.passageAnchor)).inserted else { continue }
                for stakeholder in documentAuthors {
                    byRow[row][stakeholder, default: Cell()].passages.append(Passage(positionID: passage.documentID, anchor: passage.passageAnchor))
                }
            }
        }
        for position in positions {
            guard let draftID = position.source.draft else { continue }
            for stance in position.source.stances {
                guard let row = concordance.index(draft: draftID, article: .article(stance.article)) else { continue }
                let value = Stance(positionID: position.source.id, value: stance.stance, note: stance.note, draftID: draftID, article: stance.article)
                for stakeholder in position.source.stakeholders {
                    byRow[row][stakeholder, default: Cell()].stances.append(value)
                }
            }
        }
        for (index, proposal) in proposals.enumerated() {
            guard let article = proposal.articleAnchor, let row = concordance.index(draft: proposal.draftID, article: article) else { continue }
            for stakeholder in authors[proposal.positionID] ?? [] {
                byRow[row][stakeholder, default: Cell()].proposals.append(index)
            }
        }
        var cells: [Int: [String: Cell]] = [:]
        for (row, cell) in byRow.enumerated() where !cell.isEmpty { cells[row] = cell }
        let rows = concordance.provisions.indices.filter { cells[$0] != nil }
        let authorsWithDocuments = Set(positions.flatMap(\.source.stakeholders))
        let columns = stakeholders.map(\.source).filter { authorsWithDocuments.contains($0.id) }
            .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            .map(\.id)
        return Matrix(rows: rows, columns: columns, cells: cells)
    }
}
