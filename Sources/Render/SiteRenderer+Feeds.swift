import Addressing
import Markdown
import Structure

extension SiteRenderer {
    /// `/sitemap.xml`: every page's canonical address, sorted.
    func sitemap(_ routes: [Route]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes {
            out += "<url><loc>\(HTMLEscaping.escape(route.canonical(baseURL: corpus.site.baseURL)))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    /// `/feed.xml`: an Atom feed of the documents, latest first (dates from content, never the clock).
    func feed() -> String {
        let site = corpus.site
        let entries = corpus.positions.reversed()
        let updated = (corpus.positions.map(\.source.date) + corpus.drafts.map(\.source.date)).max()?.firstDayISO ?? "1970-01-01"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "<title>\(HTMLEscaping.escape(site.title))</title>\n"
        out += "<id>\(HTMLEscaping.escape(site.baseURL))</id>\n"
        out += "<link href=\"\(HTMLEscaping.escape(site.baseURL))\"/>\n"
        out += "<link rel=\"self\" href=\"\(HTMLEscaping.escape(site.baseURL))feed.xml\"/>\n"
        out += "<updated>\(updated)T00:00:00Z</updated>\n"
        for position in entries {
            let source = position.source
            let url = siteMap.route(.position(source.id), in: siteMap.defaultLanguage).canonical(baseURL: site.baseURL)
            let authors = source.stakeholders.map { index.stakeholders[$0]?.source.name ?? $0 }
            out += "<entry>\n<title>\(HTMLEscaping.escape(source.title))</title>\n"
            out += "<id>\(HTMLEscaping.escape(url))</id>\n<link href=\"\(HTMLEscaping.escape(url))\"/>\n"
            out += "<updated>\(source.date.firstDayISO)T00:00:00Z</updated>\n"
            for author in authors { out += "<author><name>\(HTMLEscaping.escape(author))</name></author>\n" }
            out += "<summary>\(HTMLEscaping.escape(source.kind.label)), \(HTMLEscaping.escape(source.date.display))</summary>\n</entry>\n"
        }
        out += "</feed>\n"
        return out
    }
}
