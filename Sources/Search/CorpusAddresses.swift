import Addressing

/// Where `/data/corpus.json` says each page is: the canonical address of its page in the
/// site's default language, or, for a document published only in another language (a site
/// in several languages), in its own (`/es/positions/<id>/`).
struct CorpusAddresses: Sendable {
    let baseURL: String
    /// The site's pages in each language; `nil` on a site in one language.
    let siteMap: SiteMap?
    /// The site's default language.
    let language: String

    /// The canonical address of `route`'s page as the default language's reader finds it.
    func url(_ route: Route) -> String {
        (siteMap?.route(route, in: language) ?? route).canonical(baseURL: baseURL)
    }
}
