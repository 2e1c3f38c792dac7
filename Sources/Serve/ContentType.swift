/// The `Content-Type` a static host sends for a file of the site, by its extension.
enum ContentType {
    static let html = "text/html; charset=utf-8"

    /// The type of the file at `path` (`application/octet-stream` for an unknown extension).
    static func of(_ path: String) -> String {
        // `search/terms-0.json.gz` is gzip bytes, served as they are (the search client inflates them).
        if path.hasSuffix(".gz") { return "application/gzip" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": return html
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "bib": return "application/x-bibtex; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
