import Addressing
import Corpus
import Structure

/// Lookups over the structured corpus that several pages need, built once.
struct CorpusIndex: Sendable {
    var drafts: [String: StructuredCorpus.Draft] = [:]
    var positions: [String: StructuredCorpus.Position] = [:]
    var stakeholders: [String: StructuredCorpus.StakeholderProfile] = [:]
    var sessions: [String: Session] = [:]
    var pages: [String: StructuredCorpus.Page] = [:]
    /// Positions of each stakeholder, by date then id.
    var positionsByStakeholder: [String: [StructuredCorpus.Position]] = [:]
    /// Positions citing each draft, by date then id.
    var positionsByDraft: [String: [StructuredCorpus.Position]] = [:]
    var positionsBySession: [String: [StructuredCorpus.Position]] = [:]
    var draftsBySession: [String: [StructuredCorpus.Draft]] = [:]
    /// Each draft's articles by anchor (the first, should two share one).
    var articles: [String: [Anchor: Article]] = [:]
    /// What links to each position show of it.
    var bylines: [String: PositionByline] = [:]

    init(_ corpus: StructuredCorpus) {
        for draft in corpus.drafts {
            drafts[draft.source.id] = draft
            if let session = draft.source.session { draftsBySession[session, default: []].append(draft) }
            var byAnchor: [Anchor: Article] = [:]
            for part in draft.text.parts {
                for article in part.articles where byAnchor[article.anchor] == nil { byAnchor[article.anchor] = article }
            }
            articles[draft.source.id] = byAnchor
        }
        for position in corpus.positions {
            positions[position.source.id] = position
            for stakeholder in position.source.stakeholders {
                positionsByStakeholder[stakeholder, default: []].append(position)
            }
            if let draft = position.source.draft { positionsByDraft[draft, default: []].append(position) }
            if let session = position.source.session { positionsBySession[session, default: []].append(position) }
        }
        for stakeholder in corpus.stakeholders { stakeholders[stakeholder.source.id] = stakeholder }
        for position in positions.values {
            let source = position.source
            bylines[source.id] = PositionByline(
                title: source.title, dateDisplay: source.date.display, stakeholders: source.stakeholders,
                who: source.stakeholders.map { stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ")
            )
        }
        for session in corpus.sessions { sessions[session.id] = session }
        for page in corpus.pages { pages[page.source.id] = page }
    }
}
