/// A file of the site that is not a page: the machine-readable files, the theme's assets and
/// the search index.
public enum SiteFile: Hashable, Sendable {
    case notFound
    case sitemap
    case feed
    case matrixCSV
    case matrixJSON
    /// The whole record as data (docs/corpus-data.md).
    case corpusData
    /// A file of the theme, by its path below `assets/`.
    case asset(String)
    /// A file of the search index, by its path below `search/`.
    case search(String)

    /// The file's path from the site root.
    public var path: String {
        switch self {
        case .notFound: "404.html"
        case .sitemap: "sitemap.xml"
        case .feed: "feed.xml"
        case .matrixCSV: "matrix.csv"
        case .matrixJSON: "matrix.json"
        case .corpusData: "data/corpus.json"
        case .asset(let path): "assets/" + path
        case .search(let path): Route.search.path + path
        }
    }

    /// The addresses (`/feed.xml`) and folders (`/assets/`, ending in `/`) the site writes
    /// files to: no redirect page may be written there.
    public static let reserved: [String] = [
        "/" + SiteFile.notFound.path, "/" + SiteFile.asset("").path, "/data/", "/" + SiteFile.feed.path,
        "/" + SiteFile.matrixCSV.path, "/" + SiteFile.matrixJSON.path, "/" + SiteFile.search("").path,
        "/" + SiteFile.sitemap.path,
    ]
}
