import Addressing
import Foundation
import Citations
import Markdown
import Structure

extension SiteRenderer {
    /// `/drafts/`: every draft, latest first.
    func draftList() -> String {
        let route = Route.drafts
        let drafts = corpus.drafts.reversed().map { draftSummary($0, from: route) }
        let content = theme.render("drafts", ["drafts": drafts, "has_drafts": !drafts.isEmpty])
        return layout(route, title: "Drafts", description: "Every draft of the \(corpus.site.instrument.isEmpty ? "text" : corpus.site.instrument), with citable anchors.", section: route.path, content: content)
    }

    /// `/drafts/<id>/`: the full text with every anchor, a table of contents and the positions citing it.
    func draft(_ draft: StructuredCorpus.Draft) -> String {
        let route = Route.draft(draft.source.id)
        var renderer = DraftHTML(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, citedBy: backlinks(draft, from: route),
            provisionLinks: provisionLinks(draft, from: route)
        )
        var context = draftSummary(draft, from: route)
        context["body"] = renderer.render(draft.text)
        context["toc"] = tableOfContents(draft.text)
        context["has_toc"] = !draft.text.parts.isEmpty || draft.text.preamble != nil
        context["session"] = Self.optional(draft.source.session.flatMap { index.sessions[$0] }.map { sessionSummary($0, from: route) })
        context["source"] = Self.optional(draft.source.source.flatMap { Self.isPublishableURL($0) ? $0 : nil })
        let citing = index.positionsByDraft[draft.source.id] ?? []
        context["positions"] = citing.map { positionSummary($0, from: route) }
        context["has_positions"] = !citing.isEmpty
        let content = theme.render("draft", context)
        var description = draft.source.title
        if let symbol = draft.source.symbol { description += " (\(symbol))" }
        description += ", \(draft.source.date.display): full text with citable anchors for every article, paragraph and point."
        let citePrefix = draft.source.title + (draft.source.symbol.map { " (\($0))" } ?? "")
        return layout(route, title: draft.source.title, description: description, section: Route.drafts.path, content: content, citePrefix: citePrefix)
    }

    /// How many citing passages a draft page quotes under one article (the latest ones).
    static let backlinkLimit = 50

    /// For each article of `draft`, the HTML list of the passages citing it: who, which
    /// document, when, and the sentence with the reference marked, linked to the passage.
    func backlinks(_ draft: StructuredCorpus.Draft, from route: Route) -> [Anchor: String] {
        var result: [Anchor: String] = [:]
        for article in draft.text.articles {
            let indices = citations.indices(citing: [(draft.source.id, article.anchor)])
            guard !indices.isEmpty else { continue }
            let entries = sentences(indices)
            var html = "<details class=\"cited-by\">\n<summary>Cited in \(entries.count) passage\(entries.count == 1 ? "" : "s")</summary>\n<ul>\n"
            // The latest first; a draft page quotes at most `backlinkLimit` of them.
            for entry in entries.reversed().prefix(Self.backlinkLimit) {
                html += citingItem(entry, from: route)
            }
            html += "</ul>\n"
            if entries.count > Self.backlinkLimit, let provision = comparison.concordance.provision(draft: draft.source.id, article: article.anchor) {
                let href = route.link(to: .article(provision.key), section: .citedBy)
                html += "<p class=\"more\">and \(entries.count - Self.backlinkLimit) earlier passages: <a href=\"\(HTMLEscaping.escapeURL(href))\">all of them</a>.</p>\n"
            }
            html += "</details>\n"
            result[article.anchor] = html
        }
        return result
    }

    /// For each article of `draft`, a link to its page across drafts.
    func provisionLinks(_ draft: StructuredCorpus.Draft, from route: Route) -> [Anchor: String] {
        var result: [Anchor: String] = [:]
        for article in draft.text.articles {
            guard let provision = comparison.concordance.provision(draft: draft.source.id, article: article.anchor) else { continue }
            let href = HTMLEscaping.escapeURL(route.link(to: .article(provision.key)))
            let others = provision.versions.count - 1
            let label = others > 0 ? "Across drafts (\(others + 1) versions)" : "Provision page"
            result[article.anchor] = "<p class=\"provision-link\"><a href=\"\(href)\">\(label)</a></p>\n"
        }
        return result
    }

    /// Chapters and their articles, for the draft's table of contents.
    func tableOfContents(_ text: DraftText) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        if text.preamble != nil {
            entries.append(["anchor": Anchor.preamble.id, "label": "Preamble", "articles": [[String: Any]](), "has_articles": false])
        }
        for part in text.parts {
            let articles: [[String: Any]] = part.articles.map { article in
                var label = "Article \(article.number)"
                if let title = article.title { label += ". \(title)" }
                return ["anchor": article.anchor.id, "label": label]
            }
            if let anchor = part.anchor {
                entries.append(["anchor": anchor.id, "label": Inline.plainText(part.heading), "articles": articles, "has_articles": !articles.isEmpty])
            } else {
                entries.append(["anchor": NSNull(), "label": part.title ?? "Articles", "articles": articles, "has_articles": !articles.isEmpty])
            }
        }
        return entries
    }

    /// Whether a `source:` address may become a link (absolute http(s), no script).
    static func isPublishableURL(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && HTMLEscaping.isSafeURL(url)
    }
}
