import Addressing
import Diagnostics
import Foundation
import Markdown
import Permalinks

extension SiteRenderer {
    /// A relative link from the page at site path `from` (`/a/b/`) to the address `to` (`/c/#x`).
    static func relative(from: String, to address: String) -> String {
        let depth = from.split(separator: "/").count
        let parts = address.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let targetPath = String(parts[0])
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        if targetPath == from { return fragment.isEmpty ? "index.html" : fragment }
        return String(repeating: "../", count: depth) + targetPath.dropFirst() + "index.html" + fragment
    }

    /// The script that sends a moved fragment of the page at `path` to its new address, or "".
    func fragmentScript(for path: String) -> String {
        guard let moves = permalinks.fragmentMoves[path], !moves.isEmpty else { return "" }
        let map = moves.sorted { $0.key < $1.key }.map { fragment, target in
            "\(ScriptString.literal(fragment)):\(ScriptString.literal(Self.relative(from: path, to: target)))"
        }.joined(separator: ",")
        return "<script>(function(){var m={\(map)};var h=decodeURIComponent(location.hash.slice(1));"
            + "if(Object.prototype.hasOwnProperty.call(m,h)){location.replace(m[h]);}})();</script>"
    }

    /// The page written at a moved page's old path: a meta refresh and a link, and a script
    /// that keeps the fragment (or follows its own move).
    func redirectPage(from path: String, to target: String) -> String {
        let href = Self.relative(from: path, to: target)
        let canonical = corpus.site.baseURL + target.dropFirst()
        let carry = target.contains("#") ? "" : "+location.hash"
        var script = fragmentScript(for: path)
        script += "<script>location.replace(\(ScriptString.literal(href))\(carry));</script>"
        return """
        <!DOCTYPE html>
        <html lang="\(HTMLEscaping.escape(corpus.site.language))">
        <head>
        <meta charset="utf-8">
        <title>Moved · \(HTMLEscaping.escape(corpus.site.title))</title>
        <link rel="canonical" href="\(HTMLEscaping.escape(canonical))">
        <meta name="robots" content="noindex">
        \(script)
        <meta http-equiv="refresh" content="0; url=\(HTMLEscaping.escape(href))">
        </head>
        <body>
        <p>This page has moved to <a href="\(HTMLEscaping.escapeURL(href))">\(HTMLEscaping.escape(canonical))</a>.</p>
        </body>
        </html>

        """
    }
}
