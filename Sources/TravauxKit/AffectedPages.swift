import Addressing
import Citations
import Compare
import Permalinks
import Structure

/// The pages an edit of positions, stakeholders and drafts can change, decided from the record
/// before and the record after it (docs/serve.md, *What is rebuilt*).
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
///
/// A draft is read by its own page (in every language); by the article pages of the provisions
/// whose words, in any language, differ between the records; and, through what positions
/// make of it, by the pages reading a position whose linked text, cited passages or proposals
/// differ (positions linked again may point at anchors that moved). A draft added, deleted,
/// retitled or renumbered changes the provisions or what many pages show of it: then every
/// page is rendered.
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
        guard addDraftChanges(old, new) else {
            everything = true
            return
        }
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

    /// Whether `old` and `new` agree on what the rule takes as fixed: the site's languages, the
    /// drafts (their front matter, without their text) and the provisions (but for their words).
    private static func sameFixedParts(_ old: Travaux.Prepared, _ new: Travaux.Prepared) -> Bool {
        old.linked.site.languages == new.linked.site.languages
            && old.corpus.drafts == new.corpus.drafts
            && old.comparison.concordance.provisions.map(wordless) == new.comparison.concordance.provisions.map(wordless)
    }

    /// `provision` without the words of its versions.
    private static func wordless(_ provision: Provision) -> Provision {
        var provision = provision
        for index in provision.versions.indices { provision.versions[index].text = "" }
        return provision
    }

    /// Adds what the drafts' changes between `old` and `new` make read differently: the
    /// changed drafts, the provisions whose words differ in any language, the positions whose
    /// linked text, citations or proposals differ. `false` when a change cannot be bounded so
    /// (a draft's articles in a language, as anchors in order, its footnotes or chapters
    /// differ: the article pages, the draft summaries and the matrix's filters show them).
    private mutating func addDraftChanges(_ old: Travaux.Prepared, _ new: Travaux.Prepared) -> Bool {
        let oldProvisions = old.comparison.concordance.provisions
        let concordance = new.comparison.concordance
        for (row, provision) in concordance.provisions.enumerated() where provision != oldProvisions[row] {
            provisions.insert(provision.key)
        }
        let oldDrafts = Dictionary(old.linked.drafts.map { ($0.source.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var changedDrafts: Set<String> = []
        for draft in new.linked.drafts {
            let id = draft.source.id
            let texts = [(oldDrafts[id], draft.text)]
                + Set((old.translations.drafts[id] ?? [:]).keys).union((new.translations.drafts[id] ?? [:]).keys).sorted().map {
                    (old.translations.drafts[id]?[$0], new.translations.drafts[id]?[$0])
                }
            for (before, after) in texts where before != after {
                guard let before, let after, Self.sameFrame(before, after) else { return false }
                changedDrafts.insert(id)
                let articlesBefore = Dictionary(before.articles.map { ($0.anchor, Self.lineless($0)) }, uniquingKeysWith: { first, _ in first })
                for article in after.articles where articlesBefore[article.anchor] != Self.lineless(article) {
                    if let row = concordance.index(draft: id, article: article.anchor) { provisions.insert(concordance.provisions[row].key) }
                }
            }
        }
        drafts.formUnion(changedDrafts)
        guard !changedDrafts.isEmpty else { return true }
        // The positions whose linked form, citations or proposals differ.
        let oldPositions = Dictionary(old.linked.positions.map { ($0.source.id, $0.document) }, uniquingKeysWith: { first, _ in first })
        for position in new.linked.positions where oldPositions[position.source.id] != position.document {
            positions.insert(position.source.id)
        }
        let oldPassages = Self.grouped(old.citations.passages, by: \.documentID)
        let newPassages = Self.grouped(new.citations.passages, by: \.documentID)
        for id in Set(oldPassages.keys).union(newPassages.keys) where oldPassages[id] != newPassages[id] { positions.insert(id) }
        let oldProposals = Self.grouped(old.comparison.proposals, by: \.positionID)
        let newProposals = Self.grouped(new.comparison.proposals, by: \.positionID)
        for id in Set(oldProposals.keys).union(newProposals.keys) where oldProposals[id] != newProposals[id] { positions.insert(id) }
        return true
    }

    /// `values` by the key `key` gives, each group in the order of `values`.
    private static func grouped<Value, Key: Hashable>(_ values: [Value], by key: (Value) -> Key) -> [Key: [Value]] {
        var groups: [Key: [Value]] = [:]
        for value in values { groups[key(value), default: []].append(value) }
        return groups
    }

    /// Whether `old` and `new` agree on what other pages show of a draft besides its articles:
    /// the footnotes, the chapters (headings, numbers, introductions) and the articles' anchors
    /// in order (not the lines they were read from, which no page shows: a paragraph added
    /// moves the footnotes down). The text before the first heading and the preamble are
    /// shown by the draft's own page alone (a recital that is a provision has its words in
    /// the concordance, compared with the provisions).
    private static func sameFrame(_ old: DraftText, _ new: DraftText) -> Bool {
        func frame(_ text: DraftText) -> DraftText {
            var text = text
            text.front = []
            text.preamble = nil
            text.footnotes = text.footnotes.map { footnote in
                var footnote = footnote
                footnote.line = 0
                footnote.blocks = footnote.blocks.map { block in
                    var block = block
                    block.line = 0
                    return block
                }
                return footnote
            }
            for index in text.parts.indices {
                text.parts[index].line = 0
                text.parts[index].articles = text.parts[index].articles.map { article in
                    var bare = article
                    (bare.number, bare.title, bare.line, bare.heading, bare.content) = ("", nil, 0, [], [])
                    return bare
                }
            }
            return text
        }
        return frame(old) == frame(new)
    }

    /// `article` with the lines it was read from set to 0 (no page shows them).
    private static func lineless(_ article: Article) -> Article {
        var article = article
        article.line = 0
        article.content = article.content.map { content in
            switch content {
            case .paragraph(var paragraph):
                paragraph.line = 0
                paragraph.content = paragraph.content.map(lineless)
                return .paragraph(paragraph)
            case .node(let node):
                return .node(lineless(node))
            }
        }
        return article
    }

    /// `node` with the lines it was read from set to 0 (a block's inner blocks keep theirs).
    private static func lineless(_ node: DraftNode) -> DraftNode {
        switch node {
        case .text(let inlines, _): return .text(inlines, line: 0)
        case .point(let point): return .point(lineless(point))
        case .block(var block):
            block.line = 0
            return .block(block)
        }
    }

    /// `point` and the points in it with their lines set to 0.
    private static func lineless(_ point: Point) -> Point {
        var point = point
        point.line = 0
        point.children = point.children.map(lineless)
        return point
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
