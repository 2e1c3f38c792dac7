import Addressing
import Compare
import Corpus
import Markdown
import Structure

extension SiteRenderer {
    /// `page` in the language being rendered: the address of the page this renderer writes.
    func here(_ page: Route) -> Route {
        page.inLanguage(language, default: siteMap.defaultLanguage)
    }

    /// A relative link from `route` to `target` in the reader's language where it exists,
    /// else in the language it is written in.
    func link(_ route: Route, to target: Route, anchor: Anchor? = nil) -> String {
        route.link(to: siteMap.route(target, in: language), anchor: anchor)
    }

    /// A relative link from `route` to a section of `target`, in the reader's language.
    func link(_ route: Route, to target: Route, section: PageSection) -> String {
        route.link(to: siteMap.route(target, in: language), section: section)
    }

    /// A relative link from `route` to a file of the site (the same in every language).
    func link(_ route: Route, to file: SiteFile) -> String {
        route.link(to: file)
    }

    /// Links from `route`, to pages in the reader's language.
    func pageLinks(_ route: Route) -> PageLinks {
        PageLinks(from: route, siteMap: siteMap, language: language)
    }

    /// Whether `document` is read in its own language on the pages being rendered (its
    /// original), rather than in a translation.
    func isOriginal(_ document: some Translatable) -> Bool {
        (document.language.isEmpty ? siteMap.defaultLanguage : document.language) == language
            || document.translation(language) == nil
    }

    /// The translation of `document` in the language being rendered, when the page shows one.
    func translation(_ document: some Translatable) -> Translation? {
        isOriginal(document) ? nil : document.translation(language)
    }

    /// A position's title and date as a reader of the language being rendered sees them: the
    /// byline's, made once, in the default language; else its title in that language where
    /// it is translated, and the date as the language writes it.
    func inReadersLanguage(_ byline: PositionByline, of id: String) -> (title: String, date: String) {
        guard language != siteMap.defaultLanguage, let source = index.positions[id]?.source else {
            return (byline.title, byline.dateDisplay)
        }
        return (title(source), LocalizedDate.display(source.date, in: language))
    }

    /// The title readers of the language being rendered know a provision by: the latest
    /// title a translated draft gives it, else its title (`Provision.title`).
    func title(_ provision: Provision) -> String {
        guard language != siteMap.defaultLanguage else { return provision.title }
        for version in provision.versions.reversed() {
            guard let draft = index.drafts[version.draftID], translation(draft.source) != nil else { continue }
            let article = text(draft).parts.lazy.flatMap(\.articles).first { $0.anchor == version.anchor }
            if let title = article?.title { return title }
        }
        return provision.title
    }

    /// The title of the draft `id` in the language being rendered (its id when unknown).
    func draftTitle(_ id: String) -> String { index.drafts[id].map { title($0.source) } ?? id }

    /// A draft's title in the reader's language.
    func title(_ draft: DraftSource) -> String { translation(draft)?.title ?? draft.title }

    /// A position's title in the reader's language.
    func title(_ position: PositionSource) -> String { translation(position)?.title ?? position.title }

    /// A page's title in the reader's language.
    func title(_ page: PageSource) -> String { translation(page)?.title ?? page.title }

    /// A stakeholder's name and short name in the reader's language.
    func names(_ stakeholder: Stakeholder) -> (name: String, short: String) {
        guard let translation = translation(stakeholder) else { return (stakeholder.name, stakeholder.displayShort) }
        return (translation.title, translation.short ?? translation.title)
    }

    /// A draft's structured text in the reader's language.
    func text(_ draft: StructuredCorpus.Draft) -> DraftText {
        translation(draft.source).flatMap { translations.drafts[draft.source.id]?[$0.language] } ?? draft.text
    }

    /// A position's body in the reader's language.
    func document(_ position: StructuredCorpus.Position) -> AnchoredDocument {
        translation(position.source).flatMap { translations.positions[position.source.id]?[$0.language] } ?? position.document
    }

    /// A free page's body in the reader's language.
    func document(_ page: StructuredCorpus.Page) -> AnchoredDocument {
        translation(page.source).flatMap { translations.pages[page.source.id]?[$0.language] } ?? page.document
    }

    /// A stakeholder's description in the reader's language.
    func description(_ stakeholder: StructuredCorpus.StakeholderProfile) -> MarkdownDocument {
        translation(stakeholder.source).flatMap { translations.stakeholders[stakeholder.source.id]?[$0.language] } ?? stakeholder.description
    }
}

extension SiteRenderer {
    /// The page at `route` in each language it exists in, and `x-default` (the default
    /// language's, else the original's): nothing on a site of one language.
    func alternates(_ route: Route) -> [LanguageAlternate] {
        guard corpus.site.isMultilingual else { return [] }
        let page = route.page
        let languages = siteMap.languages(of: page)
        let defaultLanguage = siteMap.defaultLanguage
        var alternates = languages.map { language in
            LanguageAlternate(hreflang: language, href: page.inLanguage(language, default: defaultLanguage).canonical(baseURL: corpus.site.baseURL))
        }
        if let first = languages.first {
            let fallback = languages.contains(defaultLanguage) ? defaultLanguage : first
            alternates.append(LanguageAlternate(hreflang: "x-default", href: page.inLanguage(fallback, default: defaultLanguage).canonical(baseURL: corpus.site.baseURL)))
        }
        return alternates
    }

    /// The language switcher of the page at `route`: the languages it exists in, each named
    /// in itself; empty when it exists in one.
    func switcher(_ route: Route) -> [LanguageChoice] {
        let page = route.page
        let languages = siteMap.languages(of: page)
        guard corpus.site.isMultilingual, languages.count > 1 else { return [] }
        let current = route.language ?? siteMap.defaultLanguage
        return languages.map { language in
            let target = page.inLanguage(language, default: siteMap.defaultLanguage)
            return LanguageChoice(
                code: language, name: theme.interface(language)["language_name"], href: route.link(to: target),
                current: language == current, dir: LanguageTag.direction(language)
            )
        }
    }
}

extension SiteRenderer {
    /// An interface string in the language being rendered.
    func word(_ key: String) -> String {
        theme.interface(language)[key]
    }
}

extension SiteRenderer {
    /// `document` with the links the build made (references to a draft) leading to the
    /// cited page in the language being rendered where it exists: a Spanish position's
    /// "artículo 4" opens the Spanish draft. Unchanged in the default language.
    func inReadersLanguage(_ document: AnchoredDocument) -> AnchoredDocument {
        guard language != siteMap.defaultLanguage else { return document }
        var copy = document
        copy.document = document.document.mappingGeneratedLinks { destination in
            let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            var path = String(parts[0])
            guard path.hasSuffix("index.html") else { return destination }
            path.removeLast("index.html".count)
            guard let route = Route(address: "/" + path) else { return destination }
            let target = siteMap.route(route, in: language)
            return target.file + (parts.count > 1 ? "#" + parts[1] : "")
        }
        return copy
    }
}

extension SiteRenderer {
    /// The kind of a position in the language being rendered ("Statement", "Déclaration").
    func label(_ kind: PositionSource.Kind) -> String {
        word("kind_" + String(kind.rawValue.map { $0 == "-" ? "_" : $0 }))
    }

    /// The label of an anchor as the language being rendered writes it: `Art. 24(2)(b)`,
    /// `Ст. 24(2)(b)`, `第24(2)(b)条`... for an article (the interface string `art_number`),
    /// the build's label otherwise.
    func label(_ anchor: Anchor) -> String {
        let label = anchor.capitalizedLabel
        guard label.hasPrefix("Art. ") else { return label }
        let strings = theme.interface(language)
        // English (every label of a large record's citing passages): the label as it is.
        if strings["art_number"] == "Art. {number}" { return label }
        return strings.format("art_number", ["number": String(label.dropFirst("Art. ".count))])
    }

    /// An article number as the language being rendered writes it: `Art. 4`, `第4条`.
    func articleNumber(_ number: String) -> String {
        theme.interface(language).format("art_number", ["number": number])
    }

    /// A stance (`support`, `comments`) as the language being rendered says it.
    func stanceLabel(_ stance: String) -> String {
        word("stance_" + stance)
    }

    /// The kind of a stakeholder in the language being rendered ("Member state", "État membre").
    func label(_ kind: Stakeholder.Kind) -> String {
        word("stakeholder_" + String(kind.rawValue.map { $0 == "-" ? "_" : $0 }))
    }
}
