import Foundation
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
        var renderer = DraftHTML(allowRawHTML: corpus.site.rawHTML)
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
        return layout(route, title: draft.source.title, description: description, section: Route.drafts.path, content: content)
    }

    /// Chapters and their articles, for the draft's table of contents.
    func tableOfContents(_ text: DraftText) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        if text.preamble != nil {
            entries.append(["anchor": "preamble", "label": "Preamble", "articles": [[String: Any]](), "has_articles": false])
        }
        for part in text.parts {
            let articles: [[String: Any]] = part.articles.map { article in
                var label = "Article \(article.number)"
                if let title = article.title { label += ". \(title)" }
                return ["anchor": article.anchor, "label": label]
            }
            if let anchor = part.anchor {
                entries.append(["anchor": anchor, "label": Inline.plainText(part.heading), "articles": articles, "has_articles": !articles.isEmpty])
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
