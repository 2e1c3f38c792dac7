/// A page of the site and its address: the one place the site's paths are spelled
/// (docs/design.md, *URLs*).
///
/// Every page is `<path>index.html`; links between pages are relative and name `index.html`,
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
    /// A page in a language other than the site's default, under `/<language>/`
    /// (`/fr/drafts/zero-draft/`): the same page, the same anchors (docs/languages.md).
    indirect case localized(String, Route)

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
        case .localized(let language, let page): language + "/" + page.path
        }
    }

    /// The file written for the page.
    public var file: String { path + "index.html" }

    /// The relative prefix from this page back to the site root (`../../` for `drafts/x/`).
    public var root: String {
        // One `../` per folder: a path is non-empty names each ending in `/`.
        String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// A relative link from this page to `target`, or to one of its anchors.
    public func link(to target: Route, anchor: Anchor? = nil) -> String {
        link(to: target, fragment: anchor?.id)
    }

    /// A relative link from this page to a part of `target` that is not citable.
    public func link(to target: Route, section: PageSection) -> String {
        link(to: target, fragment: section.id)
    }

    private func link(to target: Route, fragment: String?) -> String {
        let base = target == self ? "" : root + target.file
        guard let fragment else { return base.isEmpty ? "index.html" : base }
        return base + "#" + fragment
    }

    /// A relative link from this page to a file of the site.
    public func link(to file: SiteFile) -> String {
        root + file.path
    }

    /// The link to `target` from the site root (`drafts/x/index.html#art_24`), for content
    /// rendered with a link root (`HTMLRenderer.Options.linkRoot`).
    public static func fromRoot(_ target: Route, anchor: Anchor? = nil) -> String {
        target.file + (anchor.map { "#" + $0.id } ?? "")
    }

    /// The page's path from the site root with an anchor (`positions/icc/#p_14`): how the
    /// search index links.
    public func path(_ anchor: Anchor?) -> String {
        path + (anchor.map { "#" + $0.id } ?? "")
    }

    /// The public address of the page under `baseURL` (which ends in `/`).
    public func canonical(baseURL: String) -> String {
        baseURL + path
    }

    /// The address of the page, or of one of its anchors, as the lock and redirects write it:
    /// `/drafts/x/`, `/drafts/x/#art_24`.
    public func address(_ anchor: Anchor? = nil) -> String {
        "/" + path + (anchor.map { "#" + $0.id } ?? "")
    }

    /// The address of a section of the page (`/articles/x/#by_icc`).
    public func address(section: PageSection) -> String {
        "/" + path + "#" + section.id
    }
}
