import Diagnostics
import Foundation

/// Answers a request for an address of the site as a static host would, from the
/// ``SiteStore``: `index.html` for a folder, a redirect from `/x` to `/x/` when `x` is a
/// folder, the site's `404.html` with status 404, each file with its content type, and the
/// search index's `.json.gz` files as the gzip bytes they are. HTML pages get the
/// ``LiveReload`` script. Before any build has succeeded, every page is the problems page.
struct SiteResponder: Sendable {
    let store: SiteStore

    /// The reply to a `GET` (or `HEAD`, `head` true: no body) of `path`, percent-decoded and
    /// without its query; `query` (without `?`) is kept on a redirect.
    func reply(path: String, query: String = "", head: Bool = false) -> Reply {
        var reply = body(path: path, query: query)
        if head {
            reply.headers["Content-Length"] = String(reply.body.count)
            reply.body = Data()
        }
        return reply
    }

    private func body(path: String, query: String) -> Reply {
        if path == LiveReload.statusPath {
            return Reply(status: 200, contentType: "application/json", body: StatusJSON.encode(store.status))
        }
        if path == LiveReload.changesPath {
            guard let changes = PageChanges(store: store, query: query) else {
                return Reply(status: 400, contentType: "text/plain; charset=utf-8", body: Data("since: a generation number is needed\n".utf8))
            }
            return Reply(status: 200, contentType: "application/json", body: changes.json())
        }
        let status = store.status
        guard status.hasSite else { return ProblemsPage.reply(status) }
        guard path.hasPrefix("/"), let relative = Self.relativePath(path) else { return notFound(status) }
        let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let data = store.file(file) {
            return serve(data, as: file, status: 200, generation: status.generation)
        }
        if !relative.isEmpty && !relative.hasSuffix("/") && store.hasFolder(relative) {
            let location = "/" + Self.percentEncoded(relative) + "/" + (query.isEmpty ? "" : "?" + query)
            return Reply(status: 301, contentType: "text/plain; charset=utf-8", body: Data("Moved to \(location)\n".utf8), headers: ["Location": location])
        }
        return notFound(status)
    }

    private func notFound(_ status: SiteStore.Status) -> Reply {
        guard let page = store.file("404.html") else {
            return Reply(status: 404, contentType: "text/plain; charset=utf-8", body: Data("Not found\n".utf8))
        }
        return serve(page, as: "404.html", status: 404, generation: status.generation)
    }

    private func serve(_ data: Data, as file: String, status: Int, generation: Int) -> Reply {
        let type = ContentType.of(file)
        let body = type == ContentType.html ? LiveReload.inject(into: data, generation: generation) : data
        return Reply(status: status, contentType: type, body: body)
    }

    /// `path` without its leading `/`, or `nil` when a component is `.` or `..` (or the
    /// path is empty between slashes), which no site file has.
    static func relativePath(_ path: String) -> String? {
        let relative = String(path.dropFirst())
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        for (index, component) in components.enumerated() {
            if component == "." || component == ".." { return nil }
            // `a//b` names no file; a trailing empty component is the folder's `/`.
            if component.isEmpty && index != components.count - 1 { return nil }
        }
        return relative
    }

    /// `path` percent-encoded for a `Location` header.
    static func percentEncoded(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
