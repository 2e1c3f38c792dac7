import Foundation

/// The content file of each kind `travaux new` writes: every field it needs, the optional
/// ones as comments, and a body that builds without a warning.
extension Scaffold {
    static func draftTemplate(title: String, date: String) -> String {
        """
        ---
        title: \(yaml(title))
        date: "\(date)"
        # symbol: A/AC.000/1      # the UN document symbol; each draft needs its own
        # session: first-session  # an id of content/sessions.yml
        status: draft
        # source: https://...     # where the official text is
        # published: false        # hold the draft back from the site until it is public
        ---
        # Preamble
        The States Parties to this Convention,

        *Recognizing* the first consideration,

        # Chapter I. General provisions
        ## Article 1. Statement of purpose
        1. The purposes of this Convention are:
           (a) To promote the first purpose;
           (b) To strengthen the second purpose.
        2. Nothing in this Convention shall affect other obligations.

        """
    }

    static func positionTemplate(title: String, date: String, stakeholders: [String], draft: String?) -> String {
        let stakeholder = stakeholders.count == 1 ? stakeholders[0] : "[\(stakeholders.joined(separator: ", "))]"
        let draftLine = draft.map { "draft: \($0)".padding(toLength: max(26, $0.count + 8), withPad: " ", startingAt: 0) + "# the draft whose numbering the document cites" }
            ?? "# draft: zero-draft       # the draft whose numbering it cites (default: the latest dated on or before it)"
        return """
        ---
        title: \(yaml(title))
        stakeholder: \(stakeholder)
        date: "\(date)"
        kind: statement           # statement, submission, guidance-note, briefing, report, other
        \(draftLine)
        # session: first-session  # an id of content/sessions.yml
        # symbol: A/AC.000/CRP.1
        # source: https://...
        # published: false        # hold the document back from the site
        # stances:                # what the document says about an article of the cited draft
        #   - article: "1"
        #     stance: support     # support, oppose, amend, delete, add, concern, neutral
        #     note: One sentence.
        ---
        Write the document here, one paragraph a citable passage. A reference such as `Article 1(1)(a)`, written without the backquotes, becomes a link to that provision of the draft the document cites.

        """
    }

    static func stakeholderTemplate(name: String) -> String {
        """
        ---
        name: \(yaml(name))
        # short: ABC             # the abbreviation pages use
        kind: other               # member-state, group-of-states, intergovernmental, un-entity, civil-society, private-sector, academia, other
        # url: https://...
        ---
        One or two sentences on who this is.

        """
    }

    static func pageTemplate(title: String) -> String {
        """
        ---
        title: \(yaml(title))
        # description: One sentence for search engines and the page's summary.
        ---
        Write the page here.

        """
    }

    /// `text` as a double-quoted YAML scalar.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
