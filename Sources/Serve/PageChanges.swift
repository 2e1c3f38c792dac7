import Foundation

/// What the builds after a page's own changed for that page, as `GET /__travaux/changes`
/// answers it (``LiveReload/changesPath``): whether the page's file changed, and which of
/// the files a page may have fetched did (style sheets, scripts, images, the corpus data; the
/// search index as the folders whose index changed, since an index is read as a whole). The
/// page reloads only when its own file, or a file it fetched, changed (docs/serve.md).
struct PageChanges: Encodable, Equatable {
    /// The latest generation, which the page has seen once it is told this.
    var generation: Int
    /// Whether the store no longer knows what changed since the page's generation: reload.
    var all: Bool
    /// Whether the file the page's address is served from changed (or the `404.html` it is
    /// served when it has none).
    var page: Bool
    /// The other files that changed, not pages (`.html`) nor search index files, sorted.
    var paths: [String]
    /// The folders whose search index files changed (`search/`, `fr/search/`), sorted.
    var search: [String]

    /// The changes since `generation` for the page at `address` (a path, `/positions/x/`,
    /// percent-encoded as in `location.pathname`).
    init(store: SiteStore, since generation: Int, address: String) {
        self.generation = store.status.generation
        guard let changed = store.changes(since: generation) else {
            (all, page, paths, search) = (true, true, [], [])
            return
        }
        all = false
        let decoded = address.removingPercentEncoding ?? address
        if decoded.hasPrefix("/"), let relative = SiteResponder.relativePath(decoded) {
            let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
            page = changed.contains(file) || (store.file(file) == nil && changed.contains("404.html"))
        } else {
            page = changed.contains("404.html")
        }
        var folders: Set<String> = []
        var others: [String] = []
        for path in changed where !path.hasSuffix(".html") {
            if path.hasSuffix(".json.gz"), let range = path.range(of: "search/"), range.lowerBound == path.startIndex || path[path.index(before: range.lowerBound)] == "/" {
                folders.insert(String(path[..<range.upperBound]))
            } else {
                others.append(path)
            }
        }
        paths = others.sorted()
        search = folders.sorted()
    }

    /// The JSON the server answers: `{"all":false,"generation":5,"page":true,"paths":["data/corpus.json"],"search":["search/"]}`.
    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{\"all\":true}".utf8)
    }

    /// The changes a request's query (`since=4&page=%2Fpositions%2Fx%2F`, without `?`) asks
    /// for; `nil` when `since` is missing or no number.
    init?(store: SiteStore, query: String) {
        let items = URLComponents(string: "?" + query)?.queryItems ?? []
        guard let since = items.first(where: { $0.name == "since" })?.value.flatMap({ Int($0) }) else { return nil }
        self.init(store: store, since: since, address: items.first { $0.name == "page" }?.value ?? "/")
    }
}
