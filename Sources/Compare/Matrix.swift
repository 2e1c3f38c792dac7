import Addressing
import Citations
import Corpus
import Parallel
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
        // Cells are gathered by row in an array (a row is an index into the concordance).
        // A large record has hundreds of thousands of citations: they are read in runs of
        // whole documents, each run on its own core, and the runs' passages joined in order.
        var byRow = [[String: Cell]](repeating: [:], count: concordance.provisions.count)
        let authors = Dictionary(uniqueKeysWithValues: positions.map { ($0.source.id, $0.source.stakeholders) })
        let runs = documentRuns(citations.passages, count: 8)
        let gathered = parallelMap(runs) { run in
            citedPassages(citations.passages[run], concordance: concordance, authors: authors)
        }
        for part in gathered {
            for (row, cells) in part {
                for (stakeholder, passages) in cells {
                    byRow[row][stakeholder, default: Cell()].passages += passages
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

    /// `passages` cut into at most `count` runs of about the same length, each ending where a
    /// document's passages end.
    static func documentRuns(_ passages: [CitedPassage], count: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        let length = max(1, (passages.count + count - 1) / count)
        while start < passages.count {
            var end = min(start + length, passages.count)
            while end < passages.count, passages[end].documentID == passages[end - 1].documentID { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return runs
    }

    /// The passages of `run` (whole documents) citing each provision, by row and by
    /// stakeholder (each of the document's authors), in order: a passage is counted once per
    /// provision within its document.
    static func citedPassages(
        _ run: ArraySlice<CitedPassage>, concordance: Concordance, authors: [String: [String]]
    ) -> [Int: [String: [Passage]]] {
        var byRow: [Int: [String: [Passage]]] = [:]
        /// A passage of the current document citing a provision.
        struct Seen: Hashable { var row: Int; var anchor: Anchor }
        var seen = Set<Seen>()
        var document = ""
        var documentAuthors: [String] = []
        var draft: String?
        // The concordance's articles of the cited draft, taken once per run of passages citing it.
        var articles: [Anchor: Int] = [:]
        for passage in run {
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
                    byRow[row, default: [:]][stakeholder, default: []].append(Passage(positionID: passage.documentID, anchor: passage.passageAnchor))
                }
            }
        }
        return byRow
    }
}
