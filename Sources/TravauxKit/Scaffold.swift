import Corpus
import Foundation

/// `travaux new`: a new site that builds strictly as it is (``SiteScaffold``), or a new
/// content file with the front matter its kind needs. Writes only files that do not exist,
/// and only inside the folder it was given: it never overwrites one.
public enum Scaffold {
    /// What `travaux new` can create.
    public enum Kind: String, Sendable, CaseIterable {
        case site, draft, position, stakeholder, page

        /// The folder of `content/` that holds this kind (none for a site).
        var folder: String { rawValue + "s" }
    }

    /// Why nothing was created.
    public enum ScaffoldError: Error, CustomStringConvertible {
        /// A bad argument: exit status 64.
        case usage(String)
        case exists(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .usage(let message): "travaux: error: \(message)"
            case .exists(let path): "\(path): error: the file exists already; pick another id (travaux new never overwrites a file)"
            case .cannotWrite(let path, let reason): "\(path): error: cannot write the file (\(reason))"
            }
        }

        /// 64 for a bad argument (an existing file or folder is one), 1 for a failed write.
        public var exitStatus: Int32 {
            switch self {
            case .usage, .exists: 64
            case .cannotWrite: 1
            }
        }
    }

    public static func isValidID(_ id: String) -> Bool {
        Identifier.isValid(id)
    }

    /// Creates what `request` asks; returns the paths written (relative to the new site's
    /// parent folder for a site, to the site folder for a document).
    public static func create(_ request: ScaffoldRequest) throws -> [String] {
        if request.kind == .site { return try SiteScaffold.create(in: request.name) }
        let site = URL(fileURLWithPath: request.source)
        guard isValidID(request.name) else {
            throw ScaffoldError.usage("'\(request.name)' is not an id: use lowercase ASCII letters, digits and '-' (such as '\(Identifier.suggestion(for: request.name))')")
        }
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent("content/site.yml").path) else {
            throw ScaffoldError.usage("\(request.source) has no content/site.yml: give the site folder with --source, or create a site with 'travaux new site <folder>'")
        }
        let date = try request.date.map { text -> String in
            guard PartialDate(text) != nil else {
                throw ScaffoldError.usage("--date '\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-03 or 2024-03-05)")
            }
            return text
        } ?? Publication.day(of: request.now).iso
        let title = request.title ?? title(fromID: request.name)
        let text: String
        switch request.kind {
        case .site:
            preconditionFailure("a site is created above")
        case .draft:
            text = draftTemplate(title: title, date: date)
        case .position:
            guard !request.stakeholders.isEmpty else {
                throw ScaffoldError.usage("a position needs its stakeholder: give --stakeholder <id> (\(known(.stakeholder, in: site)))")
            }
            for stakeholder in request.stakeholders { try requireExisting(stakeholder, .stakeholder, in: site) }
            if let draft = request.draft { try requireExisting(draft, .draft, in: site) }
            text = positionTemplate(title: title, date: date, stakeholders: request.stakeholders, draft: request.draft)
        case .stakeholder:
            text = stakeholderTemplate(name: title)
        case .page:
            text = pageTemplate(title: title)
        }
        let relative = "content/\(request.kind.folder)/\(request.name).md"
        try write(text, to: relative, in: site)
        return [relative]
    }

    /// Creates `content/<kind>s/<id>.md` in `site` with the defaults of its kind; returns its
    /// path relative to the site.
    public static func create(_ kind: Kind, id: String, in site: URL) throws -> String {
        var request = ScaffoldRequest(kind: kind, name: id)
        request.source = site.path
        return try create(request)[0]
    }

    /// Writes a new file (never over an existing one), creating its folders.
    static func write(_ text: String, to relative: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: url.path) else { throw ScaffoldError.exists(relative) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError.cannotWrite(relative, error.localizedDescription)
        }
    }

    /// `folder/path`, or `path` when the folder is `.`.
    static func join(_ folder: String, _ path: String) -> String {
        folder == "." || folder.isEmpty ? path : (folder.hasSuffix("/") ? folder + path : folder + "/" + path)
    }

    /// A title made from an id: "zero-draft" gives "Zero draft".
    static func title(fromID id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Refuses an id of `kind` that the site does not have, naming the closest and the known ones.
    private static func requireExisting(_ id: String, _ kind: Kind, in site: URL) throws {
        let ids = ids(of: kind, in: site)
        guard !ids.contains(id) else { return }
        let hint = Identifier.closest(to: id, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
        throw ScaffoldError.usage("unknown \(kind.rawValue) '\(id)'\(hint): \(known(kind, in: site)); create it first with 'travaux new \(kind.rawValue) \(id)'")
    }

    private static func known(_ kind: Kind, in site: URL) -> String {
        let ids = ids(of: kind, in: site)
        return ids.isEmpty ? "the site has no \(kind.folder) yet" : "\(kind.folder): \(ids.joined(separator: ", "))"
    }

    /// The ids of the documents of `kind` in the site, sorted.
    private static func ids(of kind: Kind, in site: URL) -> [String] {
        let folder = site.appendingPathComponent("content").appendingPathComponent(kind.folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }
}
