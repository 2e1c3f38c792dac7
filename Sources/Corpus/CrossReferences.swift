import Diagnostics

/// The ids that content declares, including those of files that failed to load, so one
/// broken file gives one error rather than one more for every file naming it.
struct DeclaredIDs {
    var sessions: Set<String> = []
    var stakeholders: Set<String> = []
    var drafts: Set<String> = []
    var positions: Set<String> = []
    var pages: Set<String> = []
}

/// Checks the ids that content files name (stakeholders, drafts, sessions) and resolves
/// each position's cited draft.
enum CrossReferences {
    static func check(_ corpus: inout Corpus, declared: DeclaredIDs, log: inout DiagnosticLog) {
        let stakeholderIDs = declared.stakeholders
        let draftIDs = declared.drafts
        let sessionIDs = declared.sessions
        let loadedDrafts = Set(corpus.drafts.map(\.id))

        checkDistinctDrafts(corpus.drafts, log: &log)
        for draft in corpus.drafts {
            if let session = draft.session, !sessionIDs.contains(session) {
                log.error(draft.path, line: draft.fieldLines["session"], unknown("session", session, sessionIDs, where: "content/sessions.yml"))
            }
        }
        for index in corpus.positions.indices {
            let position = corpus.positions[index]
            for stakeholder in position.stakeholders where !stakeholderIDs.contains(stakeholder) {
                log.error(position.path, line: position.fieldLines["stakeholder"], unknown("stakeholder", stakeholder, stakeholderIDs, where: "content/stakeholders/\(stakeholder).md"))
            }
            if let session = position.session, !sessionIDs.contains(session) {
                log.error(position.path, line: position.fieldLines["session"], unknown("session", session, sessionIDs, where: "content/sessions.yml"))
            }
            if let draft = position.draft {
                if !draftIDs.contains(draft) {
                    log.error(position.path, line: position.fieldLines["draft"], unknown("draft", draft, draftIDs, where: "content/drafts/\(draft).md"))
                }
                if !loadedDrafts.contains(draft) {
                    corpus.positions[index].draft = nil
                }
            } else {
                corpus.positions[index].draft = corpus.drafts.last { $0.date <= position.date }?.id
            }
        }
    }

    /// Two drafts with one symbol, or one title and date, are two copies of one document or a
    /// slip (two scaffolds left as they were): readers could not tell them apart.
    static func checkDistinctDrafts(_ drafts: [DraftSource], log: inout DiagnosticLog) {
        var symbols: [String: DraftSource] = [:]
        var titles: [String: DraftSource] = [:]
        for draft in drafts.sorted(by: { $0.path < $1.path }) {
            if let symbol = draft.symbol {
                if let first = symbols[symbol] {
                    log.warning(draft.path, line: draft.fieldLines["symbol"], "the symbol '\(symbol)' is also the symbol of \(first.path); each draft needs its own document symbol")
                } else {
                    symbols[symbol] = draft
                }
            }
            let key = "\(draft.title)\u{0}\(draft.date)"
            if let first = titles[key] {
                log.warning(draft.path, line: draft.fieldLines["title"], "\(first.path) has the same title '\(draft.title)' and date \(draft.date); give each draft its own title (or date)")
            } else {
                titles[key] = draft
            }
        }
    }

    private static func unknown(_ kind: String, _ id: String, _ known: Set<String>, where file: String) -> String {
        let hint = Identifier.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown \(kind) '\(id)'\(hint); add \(file) or correct the id"
    }
}
