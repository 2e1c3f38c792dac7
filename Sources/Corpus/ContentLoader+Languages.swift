import Diagnostics

extension ContentLoader {
    /// This loader reading a site of `languages` (the default first), as ``load()`` does once
    /// it has read `site.yml`: for reading one file of a site already loaded.
    public func reading(languages: [String]) -> ContentLoader {
        var loader = self
        if !languages.isEmpty { loader.languages = languages }
        return loader
    }

    /// What a file name of a content folder names: a document (`<id>.md`), a translation
    /// (`<id>.<lang>.md`), or nothing (reported).
    enum ContentFile: Equatable {
        case original(id: String)
        case translation(id: String, language: String)
    }

    /// Reads a file name (without `.md`): an id, or an id and one of the site's languages.
    /// A language suffix the site does not publish, or a name that is not an id, is an error.
    func contentFile(_ stem: String, path: String, log: inout DiagnosticLog) -> ContentFile? {
        if Identifier.isValid(stem) { return .original(id: stem) }
        if let dot = stem.lastIndex(of: ".") {
            let id = String(stem[..<dot])
            let tag = String(stem[stem.index(after: dot)...])
            if Identifier.isValid(id) && LanguageTag.isValid(tag) {
                guard languages.contains(tag) else {
                    log.error(path, "'\(tag)' in the file name is not one of the site's languages (\(languages.joined(separator: ", "))): "
                        + "add it to 'languages:' in content/site.yml, or rename the file to '\(id).md' or '\(id).<language>.md'")
                    return nil
                }
                return .translation(id: id, language: tag)
            }
        }
        log.error(path, "the file name '\(stem)' is not an id: use lowercase ASCII letters, digits and '-' (rename it to '\(Identifier.suggestion(for: stem)).md')")
        return nil
    }

    /// The version of a document in another language, from its front matter: the title (a
    /// stakeholder's `name:`), and what else a translation may change.
    func translation(
        folder: String, language: String, path: String, frontMatter: FrontMatter, log: inout DiagnosticLog
    ) -> Translation? {
        var fields = frontMatter.fields
        let isStakeholder = folder == "stakeholders"
        let title = fields.string(isStakeholder ? "name" : "title", required: true, log: &log)
        let short = isStakeholder ? fields.string("short", log: &log) : nil
        let description = folder == "pages" ? fields.string("description", log: &log) : nil
        let source = folder == "drafts" || folder == "positions" ? fields.string("source", log: &log) : nil
        let written = fields.string("language", log: &log)
        if let written, written != language {
            log.error(path, line: fields.lineOf("language"), "language '\(written)' differs from the file name's '.\(language).md'; remove 'language:' (a translation's language is in its name)")
        }
        var known = [isStakeholder ? "name" : "title", "language"]
        if isStakeholder { known.append("short") }
        if folder == "pages" { known.append("description") }
        if source != nil || folder == "drafts" || folder == "positions" { known.append("source") }
        for (key, entry) in fields.entries where !known.contains(key) {
            log.warning(path, line: entry.line, "'\(key)' is ignored in a translation: it is taken from the original; remove it (a translation sets only \(known.map { "'\($0)'" }.joined(separator: ", ")))")
            fields.markRead(key)
        }
        guard let title else { return nil }
        return Translation(
            language: language, path: path, title: title, short: short, description: description, source: source, body: frontMatter.body
        )
    }

    /// Gives each document its language (its own, an orphan translation's, or the site's
    /// default) and its translations, in the order of `languages:`. A translation in the
    /// original's own language, or two in one, is an error.
    func attach<Item: Translatable>(
        _ translations: [(id: String, translation: Translation)], to items: inout [Item], implied: [String: String],
        log: inout DiagnosticLog
    ) {
        var position: [String: Int] = [:]
        for (index, item) in items.enumerated() { position[item.id] = index }
        for index in items.indices {
            let item = items[index]
            if let tag = implied[item.id] {
                if item.language.isEmpty {
                    items[index].language = tag
                } else if item.language != tag {
                    log.error(item.path, "language '\(item.language)' differs from the file name's '.\(tag).md'; remove 'language:' or rename the file")
                }
            }
            if items[index].language.isEmpty { items[index].language = languages[0] }
        }
        for (id, translation) in translations {
            guard let index = position[id] else { continue }
            let original = items[index]
            if original.language == translation.language {
                log.error(translation.path, "\(original.path) is already the version in '\(translation.language)' (its language); "
                    + "delete one of them, or give the original its own language with 'language:'")
                continue
            }
            if let other = original.translation(translation.language) {
                log.error(translation.path, "\(other.path) is already the version in '\(translation.language)'; delete one of them")
                continue
            }
            items[index].translations.append(translation)
        }
        for index in items.indices {
            items[index].translations.sort { (order(of: $0.language), $0.path) < (order(of: $1.language), $1.path) }
        }
    }

    /// The order of `language` in `languages:` (for sorting translations).
    func order(of language: String) -> Int {
        languages.firstIndex(of: language) ?? languages.count
    }
}
