import Corpus
import Foundation

/// `travaux new`: writes a new content file with the front matter its kind needs.
public enum Scaffold {
    /// What `travaux new` can create.
    public enum Kind: String, Sendable, CaseIterable {
        case draft, position, stakeholder
    }

    /// Why a file could not be scaffolded.
    public enum ScaffoldError: Error, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path): error: the file exists already; pick another id"
            case .cannotWrite(let path, let reason): "\(path): error: cannot write the file (\(reason))"
            }
        }
    }

    public static func isValidID(_ id: String) -> Bool {
        Identifier.isValid(id)
    }

    /// Creates `content/<kind>s/<id>.md` in `site`; returns its path relative to the site.
    public static func create(_ kind: Kind, id: String, in site: URL) throws -> String {
        let relative = "content/\(kind.rawValue)s/\(id).md"
        let url = site.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: url.path) else { throw ScaffoldError.exists(relative) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try template(kind).write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw ScaffoldError.cannotWrite(relative, error.localizedDescription)
        }
        return relative
    }

    static func template(_ kind: Kind) -> String {
        switch kind {
        case .draft:
            """
            ---
            title: Title of the draft
            date: "2024-01"
            symbol: A/AC.000/0
            status: draft
            ---
            # Preamble
            The States Parties to this Convention,

            # Chapter I. General provisions
            ## Article 1. Statement of purpose
            1. The purposes of this Convention are:
               (a) To promote ...;
               (b) To ...

            """
        case .position:
            """
            ---
            title: Title of the document
            stakeholder: stakeholder-id
            date: "2024-01"
            kind: statement
            ---
            First paragraph of the document. References such as Article 1(1)(a) point to the draft it comments on.

            """
        case .stakeholder:
            """
            ---
            name: Full name
            short: Abbreviation
            kind: civil-society
            ---
            One or two sentences on who this is.

            """
        }
    }
}
