import Corpus
import Foundation

/// The templates and assets a site renders with: the default theme built into the tool,
/// overridden file by file by the site's `themes/<name>/` and then its `templates/` folder.
public struct Theme: Sendable {
    /// The compiled templates, by name (`layout`, `draft`, ...).
    let library: TemplateLibrary
    /// Files copied to `assets/`, by path below it, sorted.
    public let assets: [(path: String, data: Data)]
    /// The interface strings of each language a file gives (`i18n/<lang>.yml`), the site's
    /// over the theme's over the default theme's, key by key.
    let strings: [String: [String: String]]
    /// ``interface(_:)`` of each language a file gives, made once.
    private var interfaces: [String: InterfaceStrings] = [:]

    /// The templates every site needs.
    static let requiredTemplates = [
        "layout", "home", "drafts", "draft", "positions", "position", "stakeholders", "stakeholder",
        "sessions", "session", "page", "not-found", "articles", "article", "concordance", "matrix", "search",
    ]

    /// The partials of the default theme: templates the others use as `{{> name}}` (or the
    /// renderer by name, for `proposal`), which a site overrides like any template.
    static let partials = [
        "draft-text", "draft-preamble-element", "draft-part", "draft-article", "draft-content", "draft-nodes", "draft-point",
        "cited-by", "citing-passage", "citing-document", "proposal", "concordance-cell", "matrix-cell",
    ]

    /// Loads the theme named `name` for the site at `siteDirectory`.
    public static func load(siteDirectory: URL, name themeName: String) throws(RenderError) -> Theme {
        var templates: [String: (source: String, path: String)] = [:]
        var assets: [String: Data] = [:]
        var strings: [String: [String: String]] = [:]
        func addStrings(_ path: String, _ text: String, shownAs shown: String) throws(RenderError) {
            guard let language = stringsLanguage(path) else { return }
            switch InterfaceStrings.parse(text) {
            case .success(let found): strings[language, default: [:]].merge(found) { _, new in new }
            case .failure(let error): throw .template(path: shown, line: error.line, message: error.message)
            }
        }
        for (path, text) in DefaultTheme.files.sorted(by: { $0.key < $1.key }) {
            try addStrings(path, text, shownAs: "themes/default/\(path) (built in)")
            if let name = templateName(path) {
                templates[name] = (text, "themes/default/\(path) (built in)")
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = Data(text.utf8)
            }
        }
        let themeFolder = siteDirectory.appendingPathComponent("themes/\(themeName)")
        if themeName != "default" && !FileManager.default.fileExists(atPath: themeFolder.path) {
            throw .themeMissing(name: themeName)
        }
        let boundary = SiteBoundary(site: siteDirectory)
        for (path, data) in try files(in: themeFolder, named: "themes/\(themeName)", boundary: boundary) {
            try addStrings(path, String(decoding: data, as: UTF8.self), shownAs: "themes/\(themeName)/\(path)")
            if let name = templateName(path) {
                templates[name] = (String(decoding: data, as: UTF8.self), "themes/\(themeName)/\(path)")
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
            }
        }
        for (path, data) in try files(in: siteDirectory.appendingPathComponent("templates"), named: "templates", boundary: boundary) {
            if let name = templateName("templates/" + path) {
                templates[name] = (String(decoding: data, as: UTF8.self), "templates/\(path)")
            }
        }
        for (path, data) in try files(in: siteDirectory.appendingPathComponent("i18n"), named: "i18n", boundary: boundary) {
            try addStrings("i18n/" + path, String(decoding: data, as: UTF8.self), shownAs: "i18n/\(path)")
        }
        var compiled: [String: [TemplateNode]] = [:]
        for (templateName, template) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                compiled[templateName] = try TemplateParser.parse(template.source)
            } catch {
                throw .template(path: template.path, line: error.line, message: error.message)
            }
        }
        let library = TemplateLibrary(compiled)
        for required in requiredTemplates where !library.contains(required) {
            throw .templateMissing(name: required)
        }
        var theme = Theme(library: library, assets: assets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, strings: strings)
        for language in strings.keys { theme.interfaces[language] = theme.mergedInterface(language) }
        return theme
    }

    /// `i18n/fr.yml` gives `fr`.
    private static func stringsLanguage(_ path: String) -> String? {
        guard path.hasPrefix("i18n/"), path.hasSuffix(".yml") else { return nil }
        let name = String(path.dropFirst("i18n/".count).dropLast(".yml".count))
        return LanguageTag.isValid(name) ? name : nil
    }

    /// The interface in `language`: its strings over the English ones (a tag with a region,
    /// `pt-BR`, over its language's, `pt`).
    func interface(_ language: String) -> InterfaceStrings {
        interfaces[language] ?? mergedInterface(language)
    }

    /// The strings of `language` over the English ones, merged.
    private func mergedInterface(_ language: String) -> InterfaceStrings {
        var merged = strings["en"] ?? [:]
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        for tag in [primary, language] where tag != "en" || language == "en" {
            merged.merge(strings[tag] ?? [:]) { _, new in new }
        }
        return InterfaceStrings(strings: merged, language: language)
    }

    /// `templates/draft.mustache` gives `draft`.
    private static func templateName(_ path: String) -> String? {
        guard path.hasPrefix("templates/"), path.hasSuffix(".mustache") else { return nil }
        return String(path.dropFirst("templates/".count).dropLast(".mustache".count))
    }

    /// Every regular file below `folder` (the site path `name`), by relative path; a link that
    /// leads outside the site is an error.
    private static func files(in folder: URL, named name: String, boundary: SiteBoundary) throws(RenderError) -> [(String, Data)] {
        if let target = boundary.outside(folder) { throw .outsideSite(path: name, target: target) }
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var result: [(String, Data)] = []
        let rootPath = folder.standardizedFileURL.path
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            if let target = boundary.outside(url) { throw .outsideSite(path: "\(name)/\(relative)", target: target) }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  !url.lastPathComponent.hasPrefix("."),
                  let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            result.append((relative, data))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Renders `template` with `context`; nothing for a template the theme does not hold.
    func render(_ template: String, _ context: any TemplateContext, outer: (any TemplateContext)? = nil) -> String {
        library.render(template, context, outer: outer)
    }

    /// Appends `template` rendered with `context` to `out`.
    func render(_ template: String, _ context: any TemplateContext, outer: (any TemplateContext)? = nil, into out: inout [UInt8]) {
        library.render(template, context, outer: outer, into: &out)
    }
}
