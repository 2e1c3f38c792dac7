import Corpus

/// Why the render stage could not produce the site.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A template of the theme or of the site does not parse.
    case template(path: String, line: Int?, message: String)
    /// `theme:` in site.yml names a folder that does not exist.
    case themeMissing(name: String)
    /// A template the site needs is in no theme.
    case templateMissing(name: String)
    /// A page was asked for that the corpus does not hold (a bug: routes come from the corpus).
    case unknownPage(path: String)
    /// A file of the site's theme or templates is a link to a file outside the site.
    case outsideSite(path: String, target: String)

    public var description: String {
        switch self {
        case .template(let path, let line, let message):
            "\(path)\(line.map { ":\($0)" } ?? ""): error: template does not parse: \(message)"
        case .themeMissing(let name):
            "content/site.yml: error: theme '\(name)' not found: create themes/\(name)/templates/ or remove 'theme:' to use the default theme"
        case .templateMissing(let name):
            "themes: error: no template '\(name).mustache' in the site's templates or the theme"
        case .unknownPage(let path):
            "\(path): error: no document for this page; please report this as a bug in travaux"
        case .outsideSite(let path, let target):
            "\(path): error: \(SiteBoundary.message(target: target))"
        }
    }
}
