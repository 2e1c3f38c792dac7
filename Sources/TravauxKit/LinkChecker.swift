import Parallel
import Diagnostics
import Foundation

/// Checks a built site: every relative link leads to a file that exists, and every fragment
/// to an element with that `id`, or to a fragment the build moved (the page's redirect script
/// sends it on: the permalink plan says which).
struct LinkChecker {
    let root: URL
    /// Moved fragments, by the page path they were published on (``PermalinkPlan/fragmentMoves``).
    var movedFragments: [String: [String: String]] = [:]

    /// Diagnostics for every broken link, by the output file that holds it.
    func check() -> [Diagnostic] {
        let files = htmlFiles()
        var idsByFile: [String: Set<String>] = [:]
        var linksByFile: [String: [(String, Int)]] = [:]
        let scanned = parallelMap(files) { file -> (String, Set<String>, [(String, Int)]) in
            let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            return (file, Self.ids(in: text), Self.links(in: text))
        }
        for (file, ids, links) in scanned {
            idsByFile[file] = ids
            linksByFile[file] = links
        }
        for (page, moves) in movedFragments {
            let file = String(page.dropFirst()) + "index.html"
            idsByFile[file]?.formUnion(moves.keys)
        }
        var log = DiagnosticLog()
        for file in files {
            for (href, line) in linksByFile[file] ?? [] {
                guard let (target, fragment) = resolve(href, from: file) else { continue }
                let shown = "public/\(file)"
                if target.hasSuffix(".html") {
                    guard let ids = idsByFile[target] else {
                        log.error(shown, line: line, "link '\(href)' leads to \(target), which the site does not have")
                        continue
                    }
                    if let fragment, !fragment.isEmpty, !ids.contains(fragment) {
                        log.error(shown, line: line, "link '\(href)' names #\(fragment), which \(target) does not have")
                    }
                } else if !FileManager.default.fileExists(atPath: root.appendingPathComponent(target).path) {
                    log.error(shown, line: line, "link '\(href)' leads to \(target), which the site does not have")
                }
            }
        }
        return log.sorted
    }

    private func htmlFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let prefix = root.standardizedFileURL.path.count + 1
        var files: [String] = []
        for case let url as URL in walker where url.pathExtension == "html" {
            files.append(String(url.standardizedFileURL.path.dropFirst(prefix)))
        }
        return files.sorted()
    }

    /// The site file and fragment a relative `href` on `file` leads to; `nil` for external links.
    func resolve(_ href: String, from file: String) -> (String, String?)? {
        if href.isEmpty || href.contains(":") || href.hasPrefix("//") { return nil }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : nil
        if path.isEmpty { return (file, fragment) }
        var components = file.split(separator: "/").dropLast().map(String.init)
        for piece in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !components.isEmpty { components.removeLast() }
            case ".", "": continue
            default: components.append(String(piece))
            }
        }
        var target = components.joined(separator: "/")
        if path.hasSuffix("/") { target += target.isEmpty ? "index.html" : "/index.html" }
        return (target, fragment)
    }

    static func ids(in html: String) -> Set<String> {
        Set(attributeValues(named: "id", in: html).map(\.0))
    }

    static func links(in html: String) -> [(String, Int)] {
        attributeValues(named: "href", in: html).map { (decodeEntities($0.0), $0.1) }
    }

    /// Values of `name="..."` attributes with their lines.
    static func attributeValues(named name: String, in html: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        let needle = Array(" \(name)=\"".utf8)
        let bytes = Array(html.utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            if bytes[index] == needle[0], index + needle.count <= bytes.count, Array(bytes[index..<index + needle.count]) == needle {
                let start = index + needle.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                result.append((String(decoding: bytes[start..<end], as: UTF8.self), line))
                index = end
                continue
            }
            index += 1
        }
        return result
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
    }
}
