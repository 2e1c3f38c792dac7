import Addressing
import Foundation
import Citations
import Markdown
import Structure

extension SiteRenderer {
    /// `/drafts/`: every draft, latest first.
    func draftList() -> PageContent {
        let route = here(Route.drafts)
        let drafts = corpus.drafts.reversed().map { draftSummary($0, from: route) }
        return PageContent(
            template: "drafts", context: DraftsPageContext(drafts: drafts, hasDrafts: !drafts.isEmpty), title: word("drafts"),
            description: corpus.site.instrument.isEmpty
                ? word("description_drafts")
                : theme.interface(language).format("description_drafts_of", ["instrument": corpus.site.instrument]),
            section: route.page.path
        )
    }

    /// `/drafts/<id>/`: the full text with every anchor, a table of contents and the positions citing it.
    func draft(_ draft: StructuredCorpus.Draft) -> PageContent {
        let route = here(Route.draft(draft.source.id))
        let text = text(draft)
        let draftTitle = title(draft.source)
        var builder = DraftTextBuilder(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, citedBy: backlinks(draft, from: route),
            provisionLinks: provisionLinks(draft, from: route), ownWords: language != siteMap.defaultLanguage
        )
        let citing = index.positionsByDraft[draft.source.id] ?? []
        let context = DraftPageContext(
            summary: draftSummary(draft, from: route),
            text: builder.text(text),
            toc: tableOfContents(text),
            hasToc: !text.parts.isEmpty || text.preamble != nil,
            session: draft.source.session.flatMap { index.sessions[$0] }.map { sessionSummary($0, from: route) },
            source: draft.source.source.flatMap { Self.isPublishableURL($0) ? $0 : nil },
            positions: citing.map { positionSummary($0, from: route) },
            hasPositions: !citing.isEmpty
        )
        var description = draftTitle
        if let symbol = draft.source.symbol { description += " (\(symbol))" }
        description = theme.interface(language).format(
            "description_draft", ["draft": description, "date": LocalizedDate.display(draft.source.date, in: language)]
        )
        let citePrefix = draftTitle + (draft.source.symbol.map { " (\($0))" } ?? "")
        return PageContent(
            template: "draft", context: context, title: draftTitle, description: description, section: Route.drafts.path,
            citePrefix: citePrefix
        )
    }

    /// How many citing passages a draft page quotes under one article (the latest ones).
    static let backlinkLimit = 50

    /// For each article of `draft`, the passages citing it: who, which document, when, and
    /// the sentence with the reference marked, linked to the passage; the latest first.
    func backlinks(_ draft: StructuredCorpus.Draft, from route: Route) -> [Anchor: CitedByContext] {
        var result: [Anchor: CitedByContext] = [:]
        let links = pageLinks(route)
        for article in draft.text.articles {
            let indices = citations.indices(citing: [(draft.source.id, article.anchor)])
            guard !indices.isEmpty else { continue }
            let entries = sentences(indices)
            // A draft page quotes at most `backlinkLimit` of them.
            let passages = entries.reversed().prefix(Self.backlinkLimit).compactMap { citingPassage($0, from: links) }
            var more: EarlierPassages?
            if entries.count > Self.backlinkLimit, let provision = comparison.concordance.provision(draft: draft.source.id, article: article.anchor) {
                let href = link(route, to: .article(provision.key), section: .citedBy)
                more = EarlierPassages(
                    earlier: entries.count - Self.backlinkLimit, href: PercentEncoding.encode(href),
                    label: count("earlier_passages", entries.count - Self.backlinkLimit)
                )
            }
            result[article.anchor] = CitedByContext(count: count("passages", entries.count), passages: passages, more: more)
        }
        return result
    }

    /// For each article of `draft`, a link to its page across drafts.
    func provisionLinks(_ draft: StructuredCorpus.Draft, from route: Route) -> [Anchor: ProvisionLink] {
        var result: [Anchor: ProvisionLink] = [:]
        for article in draft.text.articles {
            guard let provision = comparison.concordance.provision(draft: draft.source.id, article: article.anchor) else { continue }
            let others = provision.versions.count - 1
            result[article.anchor] = ProvisionLink(
                href: PercentEncoding.encode(link(route, to: .article(provision.key))),
                label: others > 0 ? InterfaceStrings.fill(word("across_drafts"), ["n": String(others + 1)]) : word("provision_page")
            )
        }
        return result
    }

    /// Chapters and their articles, for the draft's table of contents.
    func tableOfContents(_ text: DraftText) -> [DraftTocEntry] {
        var entries: [DraftTocEntry] = []
        // In the default language, the labels a site of one language always had; in another,
        // the headings as the translation writes them ("Article premier. Objet", "第一条 目的").
        let ownWords = language != siteMap.defaultLanguage
        if let preamble = text.preamble {
            let label = ownWords && !preamble.heading.isEmpty ? Inline.plainText(preamble.heading) : "Preamble"
            entries.append(DraftTocEntry(anchor: Anchor.preamble.id, label: label, articles: [], hasArticles: false))
        }
        for part in text.parts {
            let articles = part.articles.map { article in
                let label = ownWords && !article.heading.isEmpty
                    ? Inline.plainText(article.heading)
                    : "Article \(article.number)" + (article.title.map { ". \($0)" } ?? "")
                return DraftTocArticle(anchor: article.anchor.id, label: label)
            }
            let label = part.anchor == nil ? part.title ?? "Articles" : Inline.plainText(part.heading)
            entries.append(DraftTocEntry(anchor: part.anchor?.id, label: label, articles: articles, hasArticles: !articles.isEmpty))
        }
        return entries
    }

    /// Whether a `source:` address may become a link (absolute http(s), no script).
    static func isPublishableURL(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && HTMLEscaping.isSafeURL(url)
    }
}
