import Parallel
import Addressing
import Foundation

extension SiteRenderer {
    /// Renders the pages of ``siteMap`` that `selected` accepts, and every file of the site
    /// that is not one of its pages (the matrix's exports, the sitemap, the feed, `404.html`,
    /// the redirect pages and the theme's assets), handing each to `emit(path, data)`: the
    /// same bytes ``render(emit:)`` gives for them. `travaux serve` renders again only the
    /// pages an edit can change, and takes the others from the site it serves.
    public func render(pages selected: (Route) -> Bool, emit: @Sendable (String, Data) throws -> Void) throws {
        let routes = siteMap.routes
        let jobs: [Job] = [.matrixJSON, .matrixCSV, .sitemap, .feed, .notFound] + routes.filter(selected).map { .page($0) }
        let failures = parallelMap(jobs) { job -> Failure? in
            do {
                switch job {
                case .page(let route): try emit(route.file, Data(try pageBytes(route)))
                case .matrixJSON: try emit(SiteFile.matrixJSON.path, Data(matrixJSON()))
                case .matrixCSV: try emit(SiteFile.matrixCSV.path, Data(matrixCSV().utf8))
                case .sitemap: try emit(SiteFile.sitemap.path, Data(sitemap(routes).utf8))
                case .feed: try emit(SiteFile.feed.path, Data(feed().utf8))
                case .notFound: try emit(SiteFile.notFound.path, Data(renderBytes(notFound(), at: .home)))
                }
                return nil
            } catch {
                return Failure(error: error)
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw failure.error
        }
        for (path, target) in permalinks.redirectPages.sorted(by: { $0.key < $1.key }) {
            try emit(String(path.dropFirst()) + "index.html", Data(redirectPage(from: path, to: target).utf8))
        }
        for asset in theme.assets {
            try emit(SiteFile.asset(asset.path).path, asset.data)
        }
    }
}
