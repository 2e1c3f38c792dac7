import Parallel
import Diagnostics
import Foundation
import Yams

/// The load stage: reads `content/`, checks every file and field, and returns the ``Corpus``
/// with every problem found (not only the first) as diagnostics.
public struct ContentLoader: Sendable {
    /// The site folder (holding `content/`).
    public let siteDirectory: URL
    /// Where files may be read from: links leading elsewhere are refused.
    let boundary: SiteBoundary
    /// Which documents are published: `published: false` and future dates are held back.
    public let publication: Publication
    /// The site's languages (`languages:` in site.yml), the default first: what a file
    /// name's language suffix and a document's `language:` may name.
    var languages = ["en"]

    public init(siteDirectory: URL, publication: Publication = Publication()) {
        self.siteDirectory = siteDirectory
        self.boundary = SiteBoundary(site: siteDirectory)
        self.publication = publication
    }

    /// What loading produced: the corpus when it is usable, and the diagnostics.
    public struct Result: Sendable {
        public var corpus: Corpus?
        public var diagnostics: [Diagnostic]
    }

    /// Loads and validates the content folder.
    public func load() throws -> Result {
        let content = siteDirectory.appendingPathComponent("content")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CorpusError.contentFolderMissing(path: "content")
        }
        var log = DiagnosticLog()
        let site = loadSite(&log)
        var loader = self
        loader.languages = site?.languages ?? [site?.language ?? "en"]
        return loader.loadDocuments(site: site, log: &log)
    }

    /// Everything but `site.yml`, read in the site's languages.
    private func loadDocuments(site: SiteConfig?, log: inout DiagnosticLog) -> Result {
        // The lock of a large record holds hundreds of thousands of addresses: it is read on
        // another core while the documents load.
        let lock = Background { [self] in
            var log = DiagnosticLog()
            return (loadAnchorLock(&log), log)
        }
        var declared = DeclaredIDs()
        let sessions = loadSessions(&log, declared: &declared.sessions)
        let stakeholders = loadFolder("stakeholders", &log, declared: &declared.stakeholders) { $0.stakeholder(id: $1, path: $2, frontMatter: $3, log: &$4) }
        var heldBack: [HeldBackDocument] = []
        let drafts = publication.published(
            loadFolder(DraftSource.folder, &log, declared: &declared.drafts) { $0.draft(id: $1, path: $2, frontMatter: $3, log: &$4) },
            kind: .draft, id: \.id, path: \.path, isPublished: \.published, date: \.date, heldBack: &heldBack
        )
        let heldBackDrafts = Set(heldBack.map(\.id))
        let positions = publication.published(
            loadFolder("positions", &log, declared: &declared.positions) { $0.position(id: $1, path: $2, frontMatter: $3, log: &$4) },
            kind: .position, id: \.id, path: \.path, isPublished: \.published, date: \.date, heldBack: &heldBack
        ).filter { position in
            // A position citing a held-back draft waits for it (its links would lead nowhere).
            guard let draft = position.draft, heldBackDrafts.contains(draft) else { return true }
            heldBack.append(HeldBackDocument(kind: .position, id: position.id, path: position.path, reason: .citesHeldBack(draft)))
            return false
        }
        let pages = publication.published(
            loadFolder("pages", &log, declared: &declared.pages) { $0.page(id: $1, path: $2, frontMatter: $3, log: &$4) },
            kind: .page, id: \.id, path: \.path, isPublished: \.published, date: { _ in nil }, heldBack: &heldBack
        )

        let (anchorLock, lockLog) = lock.value
        log.append(contentsOf: lockLog.diagnostics)
        guard let site else {
            return Result(corpus: nil, diagnostics: log.sorted)
        }
        let redirects = loadRedirects(&log)
        // A held-back draft's articles are paired with no one.
        let concordance = loadConcordance(&log).map { override in
            var override = override
            override.members.removeAll { heldBackDrafts.contains($0.draft) }
            return override
        }
        var corpus = Corpus(
            site: site, stakeholders: stakeholders, drafts: drafts, positions: positions,
            sessions: sessions, pages: pages, redirects: redirects, concordance: concordance, anchorLock: anchorLock
        )
        corpus.heldBack = heldBack.sorted()
        CrossReferences.check(&corpus, declared: declared, log: &log)
        return Result(corpus: corpus, diagnostics: log.sorted)
    }

    // MARK: Files

    /// Reads a file as UTF-8 text with `\n` line ends, reporting a non-UTF-8 or empty file.
    func readText(_ relativePath: String, log: inout DiagnosticLog) -> String? {
        let url = siteDirectory.appendingPathComponent(relativePath)
        if let target = boundary.outside(url) {
            log.error(relativePath, SiteBoundary.message(target: target))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(relativePath, "cannot read the file; check its permissions")
            return nil
        }
        return Self.text(of: data, path: relativePath, log: &log)
    }

    /// The bytes of a content file as text: UTF-8 checked (the first line that is not is
    /// reported), byte order mark dropped, line ends made `\n`; an empty file is reported.
    package static func text(of data: Data, path relativePath: String, log: inout DiagnosticLog) -> String? {
        guard let text = String(validating: data, as: UTF8.self) else {
            let line = Self.lineOfFirstInvalidUTF8(data)
            log.error(relativePath, line: line, "the file is not UTF-8 text; save it as UTF-8 (the first byte that is not UTF-8 is on this line)")
            return nil
        }
        var normalized = text
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        let carriageReturn = UInt8(ascii: "\r")
        if normalized.utf8.withContiguousStorageIfAvailable({ $0.contains(carriageReturn) }) ?? normalized.utf8.contains(carriageReturn) {
            normalized = normalized.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if normalized.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            log.error(relativePath, line: 1, "the file is empty; it needs front matter between '---' lines and a body (or delete the file)")
            return nil
        }
        return normalized
    }

    static func lineOfFirstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = index + 1
        }
        return line
    }

    /// Loads every `.md` file of `content/<folder>/`, in name order, checking that names are
    /// ids (with an optional language: `<id>.<lang>.md` is a translation). Files are read and
    /// parsed on all cores; results and diagnostics keep name order. A translation whose
    /// original is missing is the document itself, in that language (the first of the
    /// site's languages that has one; the others are its translations).
    private func loadFolder<Item: Sendable & Translatable>(
        _ folder: String, _ log: inout DiagnosticLog, declared: inout Set<String>,
        _ read: @escaping @Sendable (ContentLoader, String, String, FrontMatter, inout DiagnosticLog) -> Item?
    ) -> [Item] {
        let directory = siteDirectory.appendingPathComponent("content").appendingPathComponent(folder)
        if let target = boundary.outside(directory) {
            log.error("content/\(folder)", SiteBoundary.message(target: target))
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var originals: [(id: String, path: String)] = []
        var translated: [(id: String, language: String, path: String)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let relativePath = "content/\(folder)/\(name)"
            guard name.hasSuffix(".md") else {
                log.warning(relativePath, "ignored: only .md files are read in content/\(folder)/")
                continue
            }
            switch contentFile(String(name.dropLast(3)), path: relativePath, log: &log) {
            case .original(let id):
                declared.insert(id)
                originals.append((id, relativePath))
            case .translation(let id, let language):
                declared.insert(id)
                translated.append((id, language, relativePath))
            case nil:
                continue
            }
        }
        // A translation without its original stands for it: the first in the site's order.
        let originalIDs = Set(originals.map(\.id))
        var implied: [String: String] = [:]
        for file in translated.sorted(by: { (order(of: $0.language), $0.path) < (order(of: $1.language), $1.path) })
        where !originalIDs.contains(file.id) && implied[file.id] == nil {
            implied[file.id] = file.language
            originals.append((file.id, file.path))
        }
        originals.sort { $0.path < $1.path }
        let impliedPaths = Set(originals.map(\.path))
        let translations = translated.filter { !impliedPaths.contains($0.path) }
        let results = parallelMap(originals) { file -> (Item?, DiagnosticLog) in
            var fileLog = DiagnosticLog()
            guard let text = self.readText(file.path, log: &fileLog),
                  let frontMatter = FrontMatter.parse(text, path: file.path, log: &fileLog)
            else { return (nil, fileLog) }
            return (read(self, file.id, file.path, frontMatter, &fileLog), fileLog)
        }
        let translationResults = parallelMap(translations) { file -> ((id: String, translation: Translation)?, DiagnosticLog) in
            var fileLog = DiagnosticLog()
            guard let text = self.readText(file.path, log: &fileLog),
                  let frontMatter = FrontMatter.parse(text, path: file.path, log: &fileLog),
                  let translation = self.translation(folder: folder, language: file.language, path: file.path, frontMatter: frontMatter, log: &fileLog)
            else { return (nil, fileLog) }
            return ((file.id, translation), fileLog)
        }
        for (_, fileLog) in results { log.append(contentsOf: fileLog.diagnostics) }
        for (_, fileLog) in translationResults { log.append(contentsOf: fileLog.diagnostics) }
        var items = results.compactMap(\.0)
        attach(translationResults.compactMap(\.0), to: &items, implied: implied, log: &log)
        return items
    }

    // MARK: site.yml and sessions.yml

    private func loadSite(_ log: inout DiagnosticLog) -> SiteConfig? {
        let path = "content/site.yml"
        guard FileManager.default.fileExists(atPath: siteDirectory.appendingPathComponent(path).path) else {
            log.error(path, "missing site settings: create content/site.yml with at least 'title:' and 'base_url:'")
            return nil
        }
        guard let text = readText(path, log: &log),
              var fields = YAMLMapping.parse(text, path: path, firstLine: 1, log: &log)
        else { return nil }
        let title = fields.string("title", required: true, log: &log)
        let baseURL = fields.string("base_url", required: true, log: &log)
        if let baseURL, let problem = SiteConfig.problem(baseURL: baseURL) {
            log.error(path, line: fields.lineOf("base_url"), "base_url '\(baseURL)' \(problem); write the site's public address, such as https://example.org/travaux/")
        }
        let language = fields.string("language", log: &log) ?? "en"
        let languages = siteLanguages(&fields, language: language, path: path, log: &log)
        let description = fields.string("description", log: &log) ?? ""
        let instrument = fields.string("instrument", log: &log) ?? ""
        let external = fields.strings("external_instruments", log: &log) ?? []
        let theme = fields.string("theme", log: &log) ?? "default"
        if !Identifier.isValid(theme) {
            log.error(path, line: fields.lineOf("theme"), "theme '\(theme)' is not a folder name of themes/: use lowercase letters, digits and '-'")
        }
        let rawHTML = fields.bool("raw_html", log: &log) ?? false
        fields.reportUnknownKeys(
            known: ["title", "base_url", "language", "languages", "description", "instrument", "external_instruments", "theme", "raw_html"],
            aliases: SiteConfig.hugoNames, log: &log
        )
        guard let title, let baseURL else { return nil }
        return SiteConfig(
            title: title, baseURL: baseURL, language: language, description: description,
            instrument: instrument, externalInstruments: external, theme: theme, rawHTML: rawHTML, languages: languages
        )
    }

    /// `languages:`: BCP 47 tags, the default first, each once; `nil` when absent. A
    /// `language:` beside it must be its first.
    private func siteLanguages(_ fields: inout YAMLMapping, language: String, path: String, log: inout DiagnosticLog) -> [String]? {
        guard let tags = fields.strings("languages", log: &log) else { return nil }
        let line = fields.lineOf("languages")
        var languages: [String] = []
        for tag in tags {
            if !LanguageTag.isValid(tag) {
                log.error(path, line: line, "'\(tag)' in 'languages:' is not a language tag: write BCP 47 tags such as en, fr, es, ar, zh, ru")
            } else if languages.contains(tag) {
                log.error(path, line: line, "'\(tag)' is listed twice in 'languages:'; list each language once")
            } else {
                languages.append(tag)
            }
        }
        guard let first = languages.first else {
            if tags.isEmpty { log.error(path, line: line, "'languages:' is empty; list the site's languages, the default first: [en, fr]") }
            return nil
        }
        if fields.entries.contains(where: { $0.key == "language" }), language != first {
            log.error(path, line: fields.lineOf("language"), "language '\(language)' is not the first of 'languages:' (\(first)); the first of 'languages:' is the default: remove 'language:'")
        }
        return languages
    }

    private func loadSessions(_ log: inout DiagnosticLog, declared: inout Set<String>) -> [Session] {
        let path = "content/sessions.yml"
        guard FileManager.default.fileExists(atPath: siteDirectory.appendingPathComponent(path).path),
              let text = readText(path, log: &log),
              let node = YAMLMapping.composeNode(text, path: path, firstLine: 1, log: &log)
        else { return [] }
        guard let sequence = node.sequence else {
            log.error(path, line: node.mark?.line ?? 1, "sessions.yml must be a list of sessions, each starting with '- id:'")
            return []
        }
        var sessions: [Session] = []
        var seen: Set<String> = []
        for item in sequence {
            guard var fields = YAMLMapping.mapping(item, path: path, firstLine: 1, what: "each session", log: &log) else { continue }
            let id = fields.string("id", required: true, log: &log)
            let title = fields.string("title", required: true, log: &log)
            let start = fields.date("start", required: true, log: &log)
            let end = fields.date("end", log: &log)
            let kind = fields.string("kind", log: &log) ?? "session"
            let place = fields.string("place", log: &log)
            let description = fields.string("description", log: &log)
            fields.reportUnknownKeys(known: ["id", "title", "kind", "start", "end", "place", "description"], log: &log)
            if let id, !Identifier.isValid(id) {
                log.error(path, line: fields.lineOf("id"), "session id '\(id)' is not an id: use lowercase ASCII letters, digits and '-' (e.g. '\(Identifier.suggestion(for: id))')")
                continue
            }
            if let id { declared.insert(id) }
            if let id, !seen.insert(id).inserted {
                log.error(path, line: fields.lineOf("id"), "duplicate session id '\(id)'; each session needs its own id")
                continue
            }
            if let start, let end, end < start {
                log.error(path, line: fields.lineOf("end"), "session '\(id ?? "?")' ends (\(end)) before it starts (\(start))")
            }
            guard let id, let title, let start else { continue }
            sessions.append(Session(
                id: id, title: title, kind: kind, start: start, end: end, place: place,
                description: description, line: fields.line
            ))
        }
        return sessions
    }

    // MARK: redirects.yml and anchors.lock

    /// `content/redirects.yml`: a mapping of moved addresses to their new ones.
    private func loadRedirects(_ log: inout DiagnosticLog) -> [Redirect] {
        let path = "content/redirects.yml"
        guard FileManager.default.fileExists(atPath: siteDirectory.appendingPathComponent(path).path),
              let text = readText(path, log: &log),
              let node = YAMLMapping.composeNode(text, path: path, firstLine: 1, log: &log),
              let mapping = YAMLMapping.mapping(node, path: path, firstLine: 1, what: "redirects.yml", log: &log)
        else { return [] }
        var redirects: [Redirect] = []
        for (from, entry) in mapping.entries {
            guard let to = entry.node.scalar?.string else {
                log.error(path, line: entry.line, "the redirect of '\(from)' must be one address: the path from the site root it moved to")
                continue
            }
            // Checked and normalised as site addresses by the address stage (Permalinks).
            redirects.append(Redirect(from: from, to: to, line: entry.line))
        }
        return redirects
    }

    /// `content/anchors.lock`: one published address a line (blank lines and `#` comments skipped).
    private func loadAnchorLock(_ log: inout DiagnosticLog) -> [LockedAddress] {
        let path = "content/anchors.lock"
        let url = siteDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        if let target = boundary.outside(url) {
            log.error(path, SiteBoundary.message(target: target))
            return []
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(path, "cannot read the lock file; check its permissions")
            return []
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            log.error(path, "the lock file is not UTF-8 text; restore it from git")
            return []
        }
        return Self.lockedAddresses(in: data)
    }

    /// The addresses of a lock file's bytes, one a line, trimmed of spaces and tabs (and a
    /// `\r` at the end); blank lines and `#` comments skipped.
    static func lockedAddresses(in data: Data) -> [LockedAddress] {
        // Byte by byte: a large record publishes hundreds of thousands of anchors.
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [LockedAddress] in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var entries: [LockedAddress] = []
            var line = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                line += 1
                var first = start
                var last = end
                while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
                if first < last, bytes[first] != UInt8(ascii: "#") {
                    entries.append(LockedAddress(address: String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self), line: line))
                }
                start = end + 1
            }
            return entries
        }
    }

    // MARK: Content files

    package func stakeholder(id: String, path: String, frontMatter: FrontMatter, log: inout DiagnosticLog) -> Stakeholder? {
        var fields = frontMatter.fields
        let name = fields.string("name", required: true, log: &log)
        let short = fields.string("short", log: &log)
        let kind = fields.choice("kind", as: Stakeholder.Kind.self, log: &log) ?? .other
        let url = fields.string("url", log: &log)
        let language = fields.language(allowed: languages, log: &log)
        fields.reportUnknownKeys(known: ["name", "short", "kind", "url", "language"], log: &log)
        guard let name else { return nil }
        var stakeholder = Stakeholder(id: id, path: path, name: name, short: short, kind: kind, url: url, body: frontMatter.body)
        stakeholder.language = language
        return stakeholder
    }

    package func draft(id: String, path: String, frontMatter: FrontMatter, log: inout DiagnosticLog) -> DraftSource? {
        var fields = frontMatter.fields
        let title = fields.string("title", required: true, log: &log)
        let date = fields.date("date", required: true, log: &log)
        let symbol = fields.string("symbol", log: &log)
        let session = fields.string("session", log: &log)
        let status = fields.string("status", log: &log)
        let source = fields.string("source", log: &log)
        let published = fields.published(log: &log)
        let language = fields.language(allowed: languages, log: &log)
        fields.reportUnknownKeys(known: ["title", "date", "symbol", "session", "status", "source", "published", "language"], log: &log)
        guard let title, let date else { return nil }
        var draft = DraftSource(
            id: id, path: path, title: title, date: date, symbol: symbol, session: session,
            status: status, source: source, body: frontMatter.body
        )
        draft.fieldLines = fields.lines
        draft.published = published
        draft.language = language
        return draft
    }

    package func position(id: String, path: String, frontMatter: FrontMatter, log: inout DiagnosticLog) -> PositionSource? {
        var fields = frontMatter.fields
        let title = fields.string("title", required: true, log: &log)
        let stakeholders = fields.strings("stakeholder", required: true, log: &log)
        let date = fields.date("date", required: true, log: &log)
        let kind = fields.choice("kind", as: PositionSource.Kind.self, log: &log) ?? .other
        let draft = fields.citedDraft(log: &log)
        let session = fields.string("session", log: &log)
        let symbol = fields.string("symbol", log: &log)
        let source = fields.string("source", log: &log)
        var stances: [PositionSource.Stance] = []
        for var entry in fields.mappings("stances", log: &log) {
            let article = entry.string("article", required: true, log: &log)
            let stance = entry.choice("stance", as: PositionSource.Stance.Value.self, required: true, log: &log)
            let note = entry.string("note", log: &log)
            entry.reportUnknownKeys(known: ["article", "stance", "note"], log: &log)
            if let article, let stance {
                stances.append(.init(article: article, stance: stance, note: note, line: entry.line))
            }
        }
        let published = fields.published(log: &log)
        let language = fields.language(allowed: languages, log: &log)
        fields.reportUnknownKeys(
            known: ["title", "stakeholder", "date", "kind", "draft", "session", "symbol", "source", "stances", "published", "language"],
            log: &log
        )
        guard let title, let stakeholders, let date else { return nil }
        var position = PositionSource(
            id: id, path: path, title: title, stakeholders: stakeholders, date: date, kind: kind,
            draft: draft, session: session, symbol: symbol, source: source, stances: stances, body: frontMatter.body
        )
        position.fieldLines = fields.lines
        position.published = published
        position.language = language
        return position
    }

    private func page(id: String, path: String, frontMatter: FrontMatter, log: inout DiagnosticLog) -> PageSource? {
        var fields = frontMatter.fields
        let title = fields.string("title", required: true, log: &log)
        let description = fields.string("description", log: &log)
        let published = fields.published(log: &log)
        let language = fields.language(allowed: languages, log: &log)
        fields.reportUnknownKeys(known: ["title", "description", "published", "language"], log: &log)
        guard let title else { return nil }
        var page = PageSource(id: id, path: path, title: title, description: description, body: frontMatter.body)
        page.published = published
        page.language = language
        return page
    }
}
