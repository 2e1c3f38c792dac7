import Diagnostics
import Foundation

/// The page `travaux serve` shows while no build has succeeded yet: the problems of the
/// latest build, escaped, and the ``LiveReload`` script that replaces it with the site once
/// they are fixed.
enum ProblemsPage {
    static func reply(_ status: SiteStore.Status) -> Reply {
        let items = status.problems.map { problem in
            let place = problem.path + (problem.line.map { ":\($0)" } ?? "")
            return "<li><code>\(escape(place)): \(problem.severity.rawValue): \(escape(problem.message))</code></li>"
        }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>travaux serve: the site does not build</title></head>
            <body>
            <h1>The site does not build yet</h1>
            <p>travaux serve shows it as soon as these problems are fixed:</p>
            <ul>
            \(items)
            </ul>
            </body>
            </html>

            """
        return Reply(status: 503, contentType: ContentType.html, body: LiveReload.inject(into: Data(html.utf8), generation: status.generation))
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML text and attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
