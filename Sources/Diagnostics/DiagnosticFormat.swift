/// How diagnostics are printed: `path:line: error: message` for people and editors, or as
/// GitHub Actions workflow commands (`::error file=...,line=...::message`), which GitHub
/// shows as annotations on the lines of a pull request.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case plain
    case github

    /// The format for this environment: `github` when GitHub Actions runs the command
    /// (`GITHUB_ACTIONS=true`), `plain` otherwise.
    public static func automatic(environment: [String: String]) -> DiagnosticFormat {
        environment["GITHUB_ACTIONS"] == "true" ? .github : .plain
    }

    /// One diagnostic as a line; `folder` (the site folder as given on the command line,
    /// relative to the repository root) is put before its path in the `github` format, which
    /// needs paths from the repository root.
    public func line(_ diagnostic: Diagnostic, folder: String = "") -> String {
        switch self {
        case .plain:
            return diagnostic.description
        case .github:
            var properties = "file=" + Self.escapeProperty(Self.join(folder, diagnostic.path))
            if let line = diagnostic.line { properties += ",line=\(line)" }
            return "::\(diagnostic.severity.rawValue) \(properties)::" + Self.escapeData(diagnostic.message)
        }
    }

    /// A problem that is about no file (a bad argument, an unusable folder) as a line.
    public func line(error message: String) -> String {
        switch self {
        case .plain: message
        case .github: "::error::" + Self.escapeData(message)
        }
    }

    /// A workflow command's message, escaped as GitHub's runner reads it: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A workflow command's property value: as a message, and `:` and `,` too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }

    /// `folder/path`, without a `./` or an empty folder in front.
    static func join(_ folder: String, _ path: String) -> String {
        var folder = folder
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        while folder.hasSuffix("/") && folder.count > 1 { folder.removeLast() }
        if folder.isEmpty || folder == "." { return path }
        return folder + "/" + path
    }
}
