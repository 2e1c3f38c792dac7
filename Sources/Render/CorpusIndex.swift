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
    /// Positions of each stakeholder, by date then id.
    var positionsByStakeholder: [String: [StructuredCorpus.Position]] = [:]
    /// Positions citing each draft, by date then id.
    var positionsByDraft: [String: [StructuredCorpus.Position]] = [:]
    var positionsBySession: [String: [StructuredCorpus.Position]] = [:]
    var draftsBySession: [String: [StructuredCorpus.Draft]] = [:]

    init(_ corpus: StructuredCorpus) {
        for draft in corpus.drafts {
            drafts[draft.source.id] = draft
            if let session = draft.source.session { draftsBySession[session, default: []].append(draft) }
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
        for session in corpus.sessions { sessions[session.id] = session }
        for page in corpus.pages { pages[page.source.id] = page }
    }
}
