import Addressing
import Foundation
import Testing
@testable import Render

/// Every template and partial of the default theme against the typed contexts it renders:
/// each name a template uses is a field of the context in scope, docs/themes.md lists
/// exactly the fields each context declares, and every template renders with real contexts.
@Suite struct TemplateContextTests {
    /// Every context type, as docs/themes.md lists them.
    static var contexts: [any TemplateContext.Type] {
        [
            StakeholderLink.self, DraftSummary.self, PositionSummary.self, SessionSummary.self, LayoutContext.self, NavItem.self,
            PageLink.self, HomePageContext.self, HomeCounts.self, DraftsPageContext.self, DraftPageContext.self,
            DraftTocEntry.self, DraftTocArticle.self, PositionsPageContext.self, PositionPageContext.self, PositionTocEntry.self,
            StakeholdersPageContext.self, StakeholderKindGroup.self, StakeholderListEntry.self, StakeholderPageContext.self,
            StakeholderStance.self, SessionsPageContext.self, SessionListEntry.self, SessionPageContext.self, FreePageContext.self,
            NotFoundPageContext.self, SearchPageContext.self, ArticlesPageContext.self, ProvisionSummary.self,
            ProvisionNumber.self, ArticlePageContext.self, ProvisionVersionContext.self, VersionChanges.self,
            ProvisionRelation.self, ProposalSummary.self, ProvisionStakeholderGroup.self, StanceEntry.self, MorePassages.self,
            ConcordancePageContext.self, ConcordanceColumn.self, ConcordanceRow.self, ConcordanceCell.self, CellLink.self,
            MatrixPageContext.self, MatrixColumn.self, MatrixRow.self, MatrixCell.self, PassageLink.self, FilterOption.self,
            ChapterFilterGroup.self, DraftTextContext.self, DraftPreambleContext.self, PreambleElementContext.self,
            RecitalContext.self, DraftPartContext.self, DraftArticleContext.self, ProvisionLink.self, DraftContentContext.self,
            DraftParagraphContext.self, DraftNodeContext.self, DraftPointContext.self, ArticleBodyContext.self,
            CitedByContext.self, EarlierPassages.self, CitingPassage.self, MarkedReference.self, CitingDocument.self,
            ProposalFigure.self, InterfaceStrings.self, LanguageAlternate.self, LanguageChoice.self, PageScope.self,
        ]
    }

    /// The context each page template renders.
    static let pageTemplates: [String: String] = [
        "layout": "LayoutContext", "home": "HomePageContext", "drafts": "DraftsPageContext", "draft": "DraftPageContext",
        "positions": "PositionsPageContext", "position": "PositionPageContext", "stakeholders": "StakeholdersPageContext",
        "stakeholder": "StakeholderPageContext", "sessions": "SessionsPageContext", "session": "SessionPageContext",
        "page": "FreePageContext", "not-found": "NotFoundPageContext", "articles": "ArticlesPageContext",
        "article": "ArticlePageContext", "concordance": "ConcordancePageContext", "matrix": "MatrixPageContext",
        "search": "SearchPageContext",
    ]

    /// The context each partial renders (the context in scope where it is included).
    static let partials: [String: String] = [
        "draft-text": "DraftTextContext", "draft-preamble-element": "PreambleElementContext", "draft-part": "DraftPartContext",
        "draft-article": "DraftArticleContext", "draft-content": "DraftContentContext", "draft-nodes": "DraftNodeContext",
        "draft-point": "DraftPointContext", "cited-by": "CitedByContext", "citing-passage": "CitingPassage",
        "citing-document": "CitingDocument", "proposal": "ProposalFigure", "concordance-cell": "ConcordanceCell",
        "matrix-cell": "MatrixCell",
    ]

    /// Names page templates look up in an enclosing context on purpose (`template: name`);
    /// any other name must be a field of the innermost context, so that renaming a field
    /// cannot go unnoticed because an outer context happens to hold the old name.
    static let outerLookups: Set<String> = [
        "home: drafts_href", "home: positions_href", "home: stakeholders_href", "home: sessions_href",
    ]

    // MARK: - The checks

    @Test func everyNameATemplateUsesIsAFieldOfTheContextInScope() throws {
        let observed = try Self.observed()
        var checker = TemplateChecker(observations: observed.observations, partials: Self.partials, outerLookups: Self.outerLookups)
        for (name, type) in Self.pageTemplates.sorted(by: { $0.key < $1.key }) {
            try checker.check(template: name, root: type)
        }
        // `proposal` is rendered by name, in the position's text.
        try checker.check(template: "proposal", root: "ProposalFigure")
        #expect(checker.problems.isEmpty, "\n\(checker.problems.joined(separator: "\n"))")
        let included = Set(Self.partials.keys).subtracting(["proposal"])
        #expect(checker.checkedPartials == included, "partials never included: \(included.subtracting(checker.checkedPartials))")
    }

    @Test func theDefaultThemeHoldsExactlyThePageTemplatesAndPartials() {
        let templates = Set(DefaultTheme.files.keys.filter { $0.hasPrefix("templates/") }.map {
            String($0.dropFirst("templates/".count).dropLast(".mustache".count))
        })
        #expect(templates == Set(Self.pageTemplates.keys).union(Self.partials.keys))
        #expect(Set(Theme.requiredTemplates) == Set(Self.pageTemplates.keys))
        #expect(Set(Theme.partials) == Set(Self.partials.keys))
    }

    @Test func everyPageRendersItsTemplateWithTheContextTheDocsName() throws {
        let renderer = try RenderFixture.renderer()
        for route in renderer.siteMap.routes + [.home] {
            let content = try renderer.pageContent(route)
            #expect(String(describing: type(of: content.context)) == Self.pageTemplates[content.template], "\(route.path)")
            let html = try renderer.page(route)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"), "\(route.path)")
        }
    }

    @Test func everyPartialRendersARealContext() throws {
        let observed = try Self.observed()
        for (partial, type) in Self.partials {
            guard let example = observed.observations.examples[type] else {
                Issue.record("no \(type) in the record")
                continue
            }
            let html = observed.renderer.theme.render(partial, example)
            #expect(!html.isEmpty, "\(partial)")
            #expect(!html.contains("{{"), "\(partial)")
        }
    }

    @Test func everyFieldAContextDeclaresItAnswersAndNoOther() throws {
        let observed = try Self.observed()
        #expect(observed.observations.problems.isEmpty, "\(observed.observations.problems)")
        let seen = Set(observed.observations.examples.keys)
        let declared = Set(Self.contexts.map { String(describing: $0) })
        #expect(seen == declared, "declared but never built: \(declared.subtracting(seen)); built but not listed: \(seen.subtracting(declared))")
        for type in Self.contexts {
            #expect(Set(type.fields).count == type.fields.count, "\(type) declares a field twice")
        }
    }

    @Test func docsListExactlyTheFieldsOfEveryContext() throws {
        let docs = try ThemeDocs(RenderFixture.repository.appendingPathComponent("docs/themes.md"))
        let declared = Dictionary(uniqueKeysWithValues: Self.contexts.map { (String(describing: $0), $0.fields) })
        #expect(Set(docs.contexts.keys) == Set(declared.keys), "contexts in the docs but not the code: \(Set(docs.contexts.keys).subtracting(declared.keys)); in the code but not the docs: \(Set(declared.keys).subtracting(docs.contexts.keys))")
        for (type, fields) in declared.sorted(by: { $0.key < $1.key }) {
            let documented = try docs.fields(of: type)
            #expect(documented.sorted() == fields.sorted(), "\(type): docs list \(documented.sorted()), the code declares \(fields.sorted())")
        }
        #expect(docs.templates == Self.pageTemplates)
        #expect(docs.partials == Self.partials)
    }

    @Test func theCheckFindsANameNoContextHoldsOrOneOnlyAnOuterContextHolds() throws {
        let observed = try Self.observed()
        var checker = TemplateChecker(observations: observed.observations, partials: Self.partials, outerLookups: Self.outerLookups)
        try checker.check(template: "renamed", root: "DraftsPageContext", source: "{{#drafts}}<a href=\"{{href}}\">{{titel}}</a>{{/drafts}}")
        #expect(checker.problems == ["renamed: {{titel}} is a field of no context in scope (PageScope > DraftsPageContext > DraftSummary)"])
        checker.problems = []
        try checker.check(template: "climbing", root: "DraftPageContext", source: "{{#text}}{{#parts}}{{#articles}}{{date}}{{/articles}}{{/parts}}{{/text}}")
        #expect(checker.problems == ["climbing: {{date}} is not a field of DraftArticleContext but of the enclosing DraftPageContext"])
        checker.problems = []
        try checker.check(template: "partial", root: "DraftPageContext", source: "{{> draft-point}}{{#toc}}{{^last()}}, {{/last()}}{{/toc}}{{symbol.x}}")
        #expect(checker.problems.count == 2)
    }

    @Test func theDocsCheckReadsFieldsOutsideParenthesesAndExpandsAContextsName() throws {
        let docs = ThemeDocs(text: """
            | context | fields |
            |---|---|
            | `DraftSummary` | `id`, `title` (the title, `not_a_field`), `href` |
            | `ConcordanceColumn` | the fields of `DraftSummary`, plus `short` (a `(` in code) |
            """)
        #expect(try docs.fields(of: "DraftSummary") == ["id", "title", "href"])
        #expect(try docs.fields(of: "ConcordanceColumn") == ["id", "title", "href", "short"])
    }

    @Test func anAbsentOptionalValueHidesItsSectionAndStopsTheLookup() throws {
        let renderer = try RenderFixture.renderer()
        // The position has a symbol; the draft it comments on has none.
        let html = try renderer.page(.position("acme-views"))
        #expect(html.contains("<dd class=\"symbol\">ACME/1</dd>"))
        #expect(html.contains("<dt>Comments on</dt><dd><a href=\"../../drafts/third-draft/index.html\">Third draft</a></dd>"))
        #expect(DraftSummary.fields.contains("symbol"))
        let draft = try #require(renderer.index.drafts["third-draft"])
        #expect(renderer.draftSummary(draft, from: .home).value(named: "symbol")?.isAbsent == true)
    }

    // MARK: - Real contexts

    /// The record's renderer and what its contexts hold.
    struct Observed {
        var renderer: SiteRenderer
        var observations: ContextObservations
    }

    /// Every context of every page of the test record and of the fixture site, walked.
    static func observed() throws -> Observed {
        var observations = ContextObservations()
        let renderer = try RenderFixture.renderer()
        let sites = [RenderFixture.fixtureSite, RenderFixture.multilingualSite]
        for candidate in [renderer] + (try sites.map { try RenderFixture.renderer(site: $0) }) {
            for route in candidate.siteMap.routes {
                let page = try candidate.pageContent(route)
                observations.observe(page.context)
                // The layout in the page's language, as renderBytes builds it.
                var inLanguage = candidate
                inLanguage.language = route.language ?? candidate.siteMap.defaultLanguage
                observations.observe(inLanguage.layoutContext(page, at: route, content: Array("<p>content</p>".utf8)))
            }
            observations.observe(candidate.notFound().context)
            observations.observe(PageScope(t: candidate.theme.interface("en")))
            for proposal in candidate.comparison.proposals {
                observations.observe(candidate.proposalFigure(proposal, from: .position(proposal.positionID)))
            }
        }
        return Observed(renderer: renderer, observations: observations)
    }
}

/// What a field of a context holds, as seen in real contexts.
enum FieldKind: Equatable {
    /// Only ever absent, or an empty list: nothing to tell what it holds.
    case unknown
    case bool
    /// Text or a number: a section on it pushes a value without fields.
    case text
    case context(String)
    /// A list of contexts of that type, or (`nil`) of text.
    case list(String?)
}

/// The kind of each field of each context, the fields each context declares, and an example
/// of each, from real contexts.
struct ContextObservations {
    var kinds: [String: FieldKind] = [:]
    var fields: [String: [String]] = [:]
    var examples: [String: any TemplateContext] = [:]
    var problems: [String] = []
    /// How many of each type were walked, to keep long lists from taking long.
    private var walked: [String: Int] = [:]

    mutating func observe(_ value: any TemplateContext) {
        let type = type(of: value)
        let name = String(describing: type)
        walked[name, default: 0] += 1
        guard walked[name]! <= 400 else { return }
        fields[name] = type.fields
        if examples[name] == nil { examples[name] = value }
        if value.value(named: "no_such_field") != nil { problems.append("\(name) answers a name it does not declare") }
        for field in type.fields {
            guard let child = value.value(named: field) else {
                problems.append("\(name).\(field) is declared, but value(named:) answers nil")
                continue
            }
            record(kind(of: child), for: "\(name).\(field)")
            switch child {
            case .context(let context): observe(context)
            case .contexts(let list): for index in 0..<list.count { observe(list.context(at: index)) }
            default: break
            }
        }
    }

    private func kind(of value: TemplateValue) -> FieldKind {
        switch value {
        case .absent: .unknown
        case .bool: .bool
        case .context(let context): .context(String(describing: type(of: context)))
        case .contexts(let list): list.count == 0 ? .unknown : .list(String(describing: type(of: list.context(at: 0))))
        case .strings(let items): items.isEmpty ? .unknown : .list(nil)
        case .int, .string, .utf8, .item: .text
        }
    }

    private mutating func record(_ kind: FieldKind, for field: String) {
        switch (kinds[field], kind) {
        case (nil, _), (.unknown, _): kinds[field] = kind
        case (_, .unknown): break
        case (let known?, _) where known != kind: problems.append("\(field) holds \(known) and \(kind)")
        default: break
        }
    }
}

/// A tag of a template, as the check reads it.
indirect enum TemplateTag {
    case variable(String)
    case section(String, inverted: Bool, body: [TemplateTag])
    case partial(String)

    /// The tags of a Mustache template (comments and pragmas left out).
    static func parse(_ source: String, name: String) throws -> [TemplateTag] {
        struct Unreadable: Error, CustomStringConvertible { var description: String }
        var open: [(name: String, inverted: Bool, tags: [TemplateTag])] = [("", false, [])]
        var rest = Substring(source)
        while let start = rest.range(of: "{{") {
            rest = rest[start.upperBound...]
            let triple = rest.hasPrefix("{")
            guard let end = rest.range(of: triple ? "}}}" : "}}") else { throw Unreadable(description: "\(name): a tag is not closed") }
            var content = rest[..<end.lowerBound]
            rest = rest[end.upperBound...]
            if triple { content = content.dropFirst() }
            let text = content.trimmingCharacters(in: .whitespaces)
            guard let first = text.first else { throw Unreadable(description: "\(name): an empty tag") }
            let body = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch first {
            case "!", "%": continue
            case "#", "^": open.append((body, first == "^", []))
            case "/":
                let section = open.removeLast()
                guard section.name == body, !open.isEmpty else { throw Unreadable(description: "\(name): {{/\(body)}} closes {{#\(section.name)}}") }
                open[open.count - 1].tags.append(.section(body, inverted: section.inverted, body: section.tags))
            case ">": open[open.count - 1].tags.append(.partial(body))
            case "&": open[open.count - 1].tags.append(.variable(body))
            case "=", "<", "$": throw Unreadable(description: "\(name): the check does not read {{\(first)...}} tags")
            default: open[open.count - 1].tags.append(.variable(text))
            }
        }
        guard open.count == 1 else { throw Unreadable(description: "\(name): {{#\(open.last!.name)}} is not closed") }
        return open[0].tags
    }

    /// The names a tag looks up (`a.b` is two); `nil` for `.` and for a sequence helper such
    /// as `last()`, which look nothing up.
    static func lookup(_ written: String) -> [String]? {
        guard written != "." else { return nil }
        var name = Substring(written)
        if let paren = name.lastIndex(of: "(") { name = name[name.index(after: paren)...].prefix { $0 != ")" } }
        guard !name.isEmpty else { return nil }
        return name.split(separator: ".").map(String.init)
    }

    /// Whether these tags look up any name.
    static func lookUpNames(_ tags: [TemplateTag]) -> Bool {
        tags.contains { tag in
            switch tag {
            case .variable(let name): lookup(name) != nil
            case .section(let name, _, let body): lookup(name) != nil || lookUpNames(body)
            case .partial: true
            }
        }
    }
}

/// Walks templates with the context types in scope, as Mustache looks names up.
struct TemplateChecker {
    let observations: ContextObservations
    let partials: [String: String]
    let outerLookups: Set<String>
    var problems: [String] = []
    var checkedPartials: Set<String> = []

    init(observations: ContextObservations, partials: [String: String], outerLookups: Set<String>) {
        self.observations = observations
        self.partials = partials
        self.outerLookups = outerLookups
    }

    /// Checks the default theme's template `name` (or `source`) rendered with a context of type `root`.
    mutating func check(template name: String, root: String, source: String? = nil) throws {
        let text = try #require(source ?? DefaultTheme.files["templates/\(name).mustache"], "no template \(name)")
        // Page templates and their partials render inside a `PageScope` (the interface
        // strings); the layout renders alone.
        let stack: [String?] = name == "layout" ? [root] : ["PageScope", root]
        try walk(try TemplateTag.parse(text, name: name), stack: stack, template: name, inSequence: false)
    }

    /// `stack`: the context types in scope, innermost last; `nil` for a value without fields
    /// (text, a number, a list of text).
    private mutating func walk(_ tags: [TemplateTag], stack: [String?], template: String, inSequence: Bool) throws {
        for tag in tags {
            switch tag {
            case .variable(let written):
                guard let names = TemplateTag.lookup(written) else {
                    if written != ".", !inSequence { problems.append("\(template): {{\(written)}} outside a list") }
                    continue
                }
                _ = resolve(names, written: written, stack: stack, template: template)
            case .section(let written, let inverted, let body):
                guard let names = TemplateTag.lookup(written) else {
                    if !inSequence { problems.append("\(template): {{#\(written)}} outside a list") }
                    try walk(body, stack: stack, template: template, inSequence: false)
                    continue
                }
                let kind = resolve(names, written: written, stack: stack, template: template)
                if inverted {
                    try walk(body, stack: stack, template: template, inSequence: false)
                    continue
                }
                switch kind {
                case .bool: try walk(body, stack: stack, template: template, inSequence: false)
                case .text: try walk(body, stack: stack + [nil], template: template, inSequence: false)
                case .context(let type): try walk(body, stack: stack + [type], template: template, inSequence: false)
                case .list(let type): try walk(body, stack: stack + [type], template: template, inSequence: true)
                case .unknown, nil:
                    if kind == .unknown, TemplateTag.lookUpNames(body) {
                        problems.append("\(template): the record holds no example of {{#\(written)}} to check its section against; add one to RenderFixture")
                    }
                    try walk(body, stack: stack + [nil], template: template, inSequence: false)
                }
            case .partial(let name):
                guard let type = partials[name] else {
                    problems.append("\(template): {{> \(name)}} is no partial of the theme")
                    continue
                }
                if stack.last != type { problems.append("\(template): {{> \(name)}} is included with \(stack.last.map { $0 ?? "text" } ?? "nothing") in scope, not \(type)") }
                if checkedPartials.insert(name).inserted {
                    try check(template: name, root: type)
                }
            }
        }
    }

    /// The kind of the value `names` leads to, or `nil` (with a problem) when no context in
    /// scope declares it.
    private mutating func resolve(_ names: [String], written: String, stack: [String?], template: String) -> FieldKind? {
        var innermost = true
        var found: String?
        for entry in stack.reversed() {
            guard let type = entry else { continue }
            if observations.fields[type]?.contains(names[0]) == true {
                found = type
                break
            }
            innermost = false
        }
        guard let type = found else {
            problems.append("\(template): {{\(written)}} is a field of no context in scope (\(stack.map { $0 ?? "text" }.joined(separator: " > ")))")
            return nil
        }
        if !innermost, type != "PageScope", !outerLookups.contains("\(template): \(names[0])") {
            problems.append("\(template): {{\(written)}} is not a field of \(stack.compactMap { $0 }.last ?? "?") but of the enclosing \(type)")
        }
        var kind = observations.kinds["\(type).\(names[0])"] ?? .unknown
        for name in names.dropFirst() {
            guard case .context(let inner) = kind, observations.fields[inner]?.contains(name) == true else {
                problems.append("\(template): {{\(written)}}: `\(name)` is not a field of what comes before it")
                return nil
            }
            kind = observations.kinds["\(inner).\(name)"] ?? .unknown
        }
        return kind
    }
}

/// The tables of docs/themes.md: templates, partials and the fields of each context.
struct ThemeDocs {
    var templates: [String: String] = [:]
    var partials: [String: String] = [:]
    /// The fields cell of each context, as written.
    var contexts: [String: String] = [:]

    init(_ url: URL) throws {
        self.init(text: try String(contentsOf: url, encoding: .utf8))
    }

    init(text: String) {
        let lines = text.components(separatedBy: "\n")
        for (header, rows) in Self.tables(lines) {
            switch header.first {
            case "template": for row in rows { templates[Self.code(row[0])] = Self.code(row[1]) }
            case "partial": for row in rows { partials[Self.code(row[0])] = Self.code(row[1]) }
            case "context": for row in rows { contexts[Self.code(row[0])] = row[1] }
            default: continue
            }
        }
    }

    /// The fields the docs give a context: the names in backticks outside parentheses, a
    /// context's name standing for all of its fields ("the fields of `DraftSummary`, plus ...").
    func fields(of type: String) throws -> [String] {
        let cell = try #require(contexts[type], "docs/themes.md lists no \(type)")
        var names: [String] = []
        for token in Self.topLevelCode(cell) {
            if token.first?.isUppercase == true {
                names += try fields(of: token)
            } else {
                names.append(token)
            }
        }
        return names
    }

    /// Each table: its header cells and its rows' cells.
    static func tables(_ lines: [String]) -> [([String], [[String]])] {
        var tables: [([String], [[String]])] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("|"), index + 1 < lines.count, lines[index + 1].hasPrefix("|---") else {
                index += 1
                continue
            }
            let header = cells(lines[index])
            var rows: [[String]] = []
            index += 2
            while index < lines.count, lines[index].hasPrefix("|") {
                rows.append(cells(lines[index]))
                index += 1
            }
            tables.append((header, rows))
        }
        return tables
    }

    static func cells(_ line: String) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `x` for "`x`".
    static func code(_ cell: String) -> String {
        cell.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
    }

    /// The text of each code span of `cell` that is not inside parentheses.
    static func topLevelCode(_ cell: String) -> [String] {
        var spans: [String] = []
        var depth = 0
        var code: String?
        for character in cell {
            if var open = code {
                if character == "`" {
                    if depth == 0 { spans.append(open) }
                    code = nil
                } else {
                    open.append(character)
                    code = open
                }
                continue
            }
            switch character {
            case "`": code = ""
            case "(": depth += 1
            case ")": depth -= 1
            default: break
            }
        }
        return spans
    }
}
