import Foundation

/// The words of the theme's interface in one language (`themes/default/i18n/<lang>.yml`),
/// as the layout reads them (`{{t.skip_to_content}}`): the language's file over the
/// English one, key by key, and a site's own file over both (docs/languages.md).
struct InterfaceStrings: TemplateContext, Sendable {
    /// Every key of the default theme's English file.
    static let fields = [
        "language_name", "skip_to_content", "sections", "languages", "search_label", "search_placeholder", "record_of",
        "atom_feed", "record_as_data", "permanent_address", "built_with", "drafts", "concordance", "matrix", "positions",
        "stakeholders", "sessions", "search", "provisions",
        "draft", "date", "symbol", "status", "session", "source", "contents", "by", "kind", "document", "documents",
        "comments_on", "cite_this_document", "documents_citing_this_draft", "no_documents", "no_drafts", "no_sessions",
        "no_stakeholders", "latest_documents", "all_documents", "provisions_addressed", "provision", "stance", "passages",
        "dates", "place", "search_hint", "filters", "show_more", "count_drafts", "count_documents", "count_stakeholders",
        "count_sessions", "across_drafts", "provision_page", "kind_statement", "kind_submission", "kind_briefing", "kind_report",
        "kind_other", "kind_guidance_note", "stakeholder_member_state", "stakeholder_group_of_states", "stakeholder_intergovernmental",
        "stakeholder_un_entity", "stakeholder_civil_society", "stakeholder_private_sector", "stakeholder_academia", "stakeholder_other",
    ]

    /// The strings by key.
    var strings: [String: String]

    /// The string of `key`, or the key itself when no file holds it.
    subscript(key: String) -> String { strings[key] ?? key }

    func value(named name: String) -> TemplateValue? {
        strings[name].map(TemplateValue.string)
    }

    /// Reads a file of `key: "value"` lines (`#` comments, blank lines; quotes optional),
    /// or the line of the first line that is not one.
    static func parse(_ text: String) -> Result<[String: String], InterfaceStringsError> {
        var strings: [String: String] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(InterfaceStringsError(line: offset + 1, message: "expected 'key: \"text\"'"))
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            guard !key.isEmpty, !key.contains(" ") else {
                return .failure(InterfaceStringsError(line: offset + 1, message: "'\(key)' is not a key: use letters, digits and '_'"))
            }
            strings[key] = value
        }
        return .success(strings)
    }
}

/// A line of an interface strings file that is not `key: "text"`.
struct InterfaceStringsError: Error {
    var line: Int
    var message: String
}
