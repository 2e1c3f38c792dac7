import Addressing
import Citations
import Compare
import Permalinks
import Structure

/// The pages an edit of positions and stakeholders can change, decided from the record before
/// and the record after it (docs/serve.md, *What is rebuilt*).
///
/// The rule: a page is rendered again when a document it reads changed. A position is read by
/// its own page (in every language), by the pages of the stakeholders who sign it (their
/// documents, and their column of the matrix), by the pages of the drafts it cites or names (their backlinks and citing documents), by the article pages of the provisions
/// it cites, proposes wording for or takes a stance on (their citations, proposals and
/// stances), and by the pages that list or sum up documents (home, the lists, sessions, the
/// matrix, search, free pages). Wherever a position is shown, its stakeholders' names are
/// shown with it: a changed stakeholder counts as a change to every position it signs.
/// Each set is taken from the record before *and* after the edit, so that a page that
/// showed a document it no longer shows is rendered too.
struct AffectedPages {
    /// The positions whose appearance may have changed (edited, added, deleted, or signed by a
    /// changed stakeholder).
    private(set) var positions: Set<String> = []
    /// The drafts whose pages read one of ``positions``.
    private(set) var drafts: Set<String> = []
    /// The stakeholders whose pages read one of ``positions`` (they sign it), or who changed.
    private(set) var stakeholders: Set<String> = []
    /// The keys of the provisions whose pages read one of ``positions``.
    private(set) var provisions: Set<String> = []
    /// Whether every page must be rendered again (the records disagree on something the rule
    /// above takes as fixed: the drafts, the concordance, the languages).
    private(set) var everything = false

    /// The pages `changes` can change, between the records `old` and `new`.
    init(changes: ContentChanges, old: Travaux.Prepared, new: Travaux.Prepared) {
        guard Self.sameFixedParts(old, new) else {
            everything = true
            return
        }
        positions = changes.positions
        stakeholders = changes.stakeholders
        for record in [old, new] {
            for position in record.linked.positions where !changes.stakeholders.isDisjoint(with: position.source.stakeholders) {
                positions.insert(position.source.id)
            }
        }
        // A position whose front matter differs is counted too, whatever the changed paths said.
        let before = Dictionary(old.linked.positions.map { ($0.source.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        for position in new.linked.positions where before[position.source.id].map({ $0 != position.source }) ?? true {
            positions.insert(position.source.id)
        }
        let after = Set(new.linked.positions.map(\.source.id))
        for id in before.keys where !after.contains(id) { positions.insert(id) }
        for record in [old, new] { collect(from: record) }
    }

    /// The drafts and provisions whose pages read one of ``positions`` in `record`.
    private mutating func collect(from record: Travaux.Prepared) {
        let concordance = record.comparison.concordance
        var rows: Set<Int> = []
        var signers: Set<String> = []
        for position in record.linked.positions where positions.contains(position.source.id) {
            if let draft = position.source.draft { drafts.insert(draft) }
            signers.formUnion(position.source.stakeholders)
        }
        for passage in record.citations.passages where positions.contains(passage.documentID) {
            drafts.insert(passage.draftID)
            for article in passage.articles {
                if let row = concordance.index(draft: passage.draftID, article: article) { rows.insert(row) }
            }
        }
        for proposal in record.comparison.proposals where positions.contains(proposal.positionID) {
            drafts.insert(proposal.draftID)
            if let row = proposal.articleAnchor.flatMap({ concordance.index(draft: proposal.draftID, article: $0) }) { rows.insert(row) }
        }
        let matrix = record.comparison.matrix
        for stakeholder in signers.sorted() {
            for (row, cell) in matrix.column(stakeholder)
            where cell.stances.contains(where: { positions.contains($0.positionID) })
                || cell.passages.contains(where: { positions.contains($0.positionID) }) {
                rows.insert(row)
            }
        }
        for row in rows { provisions.insert(concordance.provisions[row].key) }
        stakeholders.formUnion(signers)
    }

    /// Whether `old` and `new` agree on what the rule takes as fixed for an edit of positions
    /// and stakeholders: the site's languages, the drafts (as ids) and the provisions.
    private static func sameFixedParts(_ old: Travaux.Prepared, _ new: Travaux.Prepared) -> Bool {
        old.linked.site.languages == new.linked.site.languages
            && old.linked.drafts.map(\.source) == new.linked.drafts.map(\.source)
            && old.comparison.concordance.provisions == new.comparison.concordance.provisions
    }

    /// Whether the page `route` (in any language) reads a changed document.
    func contains(_ route: Route) -> Bool {
        if everything { return true }
        switch route.page {
        case .position(let id): return positions.contains(id)
        case .draft(let id): return drafts.contains(id)
        case .article(let key): return provisions.contains(key)
        case .stakeholder(let id): return stakeholders.contains(id)
        // Lists, sessions, free pages, home, the matrix, the concordance and search: few, and
        // each reads many documents.
        default: return true
        }
    }
}
