/// The URL scheme of the site (DESIGN.md §3): where each page lives and how to link to it.
///
/// Every page is `<path>/index.html`; links between pages are relative and name `index.html`,
/// so the site works from any base path, on any static host and from a local folder.
public enum Route: Hashable, Sendable {
    case home
    case drafts
    case draft(String)
    case positions
    case position(String)
    case stakeholders
    case stakeholder(String)
    case sessions
    case session(String)
    case page(String)
    case articles
    case article(String)
    case concordance
    case matrix
    case search

    /// The folder of the page, relative to the site root, ending in `/` (`""` for home).
    public var path: String {
        switch self {
        case .home: ""
        case .drafts: "drafts/"
        case .draft(let id): "drafts/\(id)/"
        case .positions: "positions/"
        case .position(let id): "positions/\(id)/"
        case .stakeholders: "stakeholders/"
        case .stakeholder(let id): "stakeholders/\(id)/"
        case .sessions: "sessions/"
        case .session(let id): "sessions/\(id)/"
        case .page(let id): "pages/\(id)/"
        case .articles: "articles/"
        case .article(let key): "articles/\(key)/"
        case .concordance: "concordance/"
        case .matrix: "matrix/"
        case .search: "search/"
        }
    }

    /// The file written for the page.
    public var file: String { path + "index.html" }

    /// The relative prefix from this page back to the site root (`../../` for `drafts/x/`).
    public var root: String {
        String(repeating: "../", count: path.split(separator: "/").count)
    }

    /// A relative link from this page to `target`, with an optional fragment.
    public func link(to target: Route, fragment: String? = nil) -> String {
        let base = target == self ? "" : root + target.file
        guard let fragment else { return base.isEmpty ? "index.html" : base }
        return base + "#" + fragment
    }

    /// The public address of the page under `baseURL` (which ends in `/`).
    public func canonical(baseURL: String) -> String {
        baseURL + path
    }
}
