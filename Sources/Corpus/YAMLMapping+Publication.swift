import Diagnostics

extension YAMLMapping {
    /// `published:` (default `true`), and Hugo's `draft: true` or `draft: false` explained:
    /// in Travaux `published: false` holds a document back.
    mutating func published(log: inout DiagnosticLog) -> Bool {
        if let flag = hugoDraftFlag(log: &log), flag { return false }
        return bool("published", log: &log) ?? true
    }

    /// A position's `draft:`, the id of the draft it comments on; Hugo's `draft: true` (or
    /// `false`) is explained instead of reported as an unknown draft.
    mutating func citedDraft(log: inout DiagnosticLog) -> String? {
        if hugoDraftFlag(log: &log) != nil { return nil }
        return string("draft", log: &log)
    }

    /// The value of `draft:` when it is a YAML boolean (Hugo's flag), reported: `true` is an
    /// error (the author meant to hold the document back), `false` a warning.
    private mutating func hugoDraftFlag(log: inout DiagnosticLog) -> Bool? {
        guard let entry = entries.first(where: { $0.key == "draft" })?.entry,
              entry.node.scalar?.style == .plain, let flag = entry.node.bool
        else { return nil }
        markRead("draft")
        let meaning = "in Travaux, 'draft:' names the draft a position comments on (an id of content/drafts/, such as 'draft: zero-draft'), and 'published: false' holds a document back from the site"
        if flag {
            log.error(path, line: entry.line, "'draft: true' is Hugo's way to hold a page back; \(meaning): write 'published: false' instead")
        } else {
            log.warning(path, line: entry.line, "'draft: false' is Hugo's flag; \(meaning), and documents are published unless they say 'published: false': remove this line")
        }
        return flag
    }
}
