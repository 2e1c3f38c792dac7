import Addressing
import Citations
import Corpus
import Diagnostics
import Markdown
import Parallel
import Structure

/// The compare stage: aligns the drafts into provisions (the concordance), reads the
/// wording positions propose, and builds the matrix of stakeholders' stances.
public enum ComparisonStage {
    /// Compares the linked corpus. `corpus` gives the editor's `concordance.yml` and the lock
    /// (which freezes published provision keys).
    public static func compare(_ corpus: Corpus, linked: StructuredCorpus, citations: CitationIndex) -> (Comparison, [Diagnostic]) {
        var log = DiagnosticLog()
        // The proposals are read (position by position, in parallel) while the drafts are
        // aligned: neither needs the other.
        let reading = Background { () -> ([Proposal], DiagnosticLog) in
            var log = DiagnosticLog()
            let proposals = Self.proposals(linked, log: &log)
            return (proposals, log)
        }
        let lockedKeys = Set(corpus.anchorLock.compactMap { Self.provisionKey(inLockedAddress: $0.address) })
        let concordance = Concordance.build(drafts: linked.drafts, overrides: corpus.concordance, lockedKeys: lockedKeys, log: &log)
        let (proposals, proposalLog) = reading.value
        log.append(contentsOf: proposalLog.diagnostics)
        let matrix = Matrix.build(
            concordance: concordance, positions: linked.positions, stakeholders: linked.stakeholders,
            citations: citations, proposals: proposals
        )
        return (Comparison(concordance: concordance, proposals: proposals, matrix: matrix), log.sorted)
    }

    /// `key` of a locked `/articles/<key>/` address (with or without a fragment).
    static func provisionKey(inLockedAddress address: String) -> String? {
        // Most of a large lock is passages of positions: they are passed over at a glance.
        guard address.utf8.starts(with: "/articles/".utf8) else { return nil }
        let path = address.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard case .article(let key)? = Route(address: String(path)) else { return nil }
        return key
    }

    /// Every `proposal <anchor>` block of every position, checked against the cited draft.
    static func proposals(_ corpus: StructuredCorpus, log: inout DiagnosticLog) -> [Proposal] {
        let drafts = Dictionary(uniqueKeysWithValues: corpus.drafts.map { ($0.source.id, $0) })
        let read = parallelMap(corpus.positions) { position in
            var log = DiagnosticLog()
            let proposals = Self.proposals(position, drafts: drafts, log: &log)
            return (proposals, log)
        }
        for (_, positionLog) in read { log.append(contentsOf: positionLog.diagnostics) }
        return read.flatMap(\.0)
    }

    /// The `proposal <anchor>` blocks of one position of `corpus`, read as ``compare(_:linked:citations:)``
    /// reads each: for `travaux serve`'s page of an edited position.
    public static func proposals(of position: StructuredCorpus.Position, in corpus: StructuredCorpus) -> ([Proposal], [Diagnostic]) {
        var log = DiagnosticLog()
        let drafts = Dictionary(uniqueKeysWithValues: corpus.drafts.map { ($0.source.id, $0) })
        let proposals = Self.proposals(position, drafts: drafts, log: &log)
        return (proposals, log.sorted)
    }

    /// The `proposal <anchor>` blocks of one position.
    private static func proposals(_ position: StructuredCorpus.Position, drafts: [String: StructuredCorpus.Draft], log: inout DiagnosticLog) -> [Proposal] {
        var proposals: [Proposal] = []
        let source = position.source
        for block in position.document.document.blocks {
            warnOfNestedProposals(in: block, path: source.path, log: &log)
            guard case .codeBlock(let info, let code) = block.kind else { continue }
            let words = info.split(whereSeparator: \.isWhitespace)
            guard words.first == Substring(Proposal.marker) else { continue }
            guard words.count == 2 else {
                let example = Anchor.article("24").paragraph("2") ?? .article("24")
                log.error(source.path, line: block.line, "a proposal names the one provision it rewrites: write ```\(Proposal.marker) \(example) (the anchor in the cited draft)")
                continue
            }
            let written = String(words[1])
            guard let draftID = source.draft, let draft = drafts[draftID] else {
                log.error(source.path, line: block.line, "proposed text for \(written), but the document cites no draft: set 'draft:' to the draft whose text it amends")
                continue
            }
            guard let anchor = Anchor(draftFragment: written), let current = ProvisionText.of(draft.text, at: anchor) else {
                log.error(source.path, line: block.line, "proposed text for \(written), which \(draft.source.title) (\(draft.source.path)) does not have; name an anchor of that draft, such as \(Anchor.article("24")) or \(Anchor.article("24").paragraph("2").map(\.id) ?? "")")
                continue
            }
            let proposed = code.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { !$0.isEmpty }
                .joined(separator: "\n")
            let article = draft.text.articles.first { $0.anchor == anchor.article }
            proposals.append(Proposal(
                positionID: source.id, passageAnchor: block.anchor.flatMap(Anchor.init(documentFragment:)), line: block.line, draftID: draftID,
                anchor: anchor, articleAnchor: article?.anchor, redline: Redline(from: current, to: proposed)
            ))
        }
        return proposals
    }

    /// A warning for each proposal block inside a list item or a quote: only a top-level
    /// block is a passage of its own, so only there is a proposal read (and shown as a redline).
    static func warnOfNestedProposals(in block: Block, path: String, log: inout DiagnosticLog) {
        let children: [Block]
        switch block.kind {
        case .blockQuote(let blocks): children = blocks
        case .list(let list): children = list.items.flatMap(\.blocks)
        default: return
        }
        for child in children {
            if case .codeBlock(let info, _) = child.kind, info.split(whereSeparator: \.isWhitespace).first == Substring(Proposal.marker) {
                log.warning(path, line: child.line, "a ```\(Proposal.marker) block inside a list or a quote is not read as a proposal; move it to the top level of the document, outside the list or quote")
            }
            warnOfNestedProposals(in: child, path: path, log: &log)
        }
    }
}
