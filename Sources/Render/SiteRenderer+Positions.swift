import Addressing
import Compare
import Foundation
import Markdown
import Structure

extension SiteRenderer {
    /// `/positions/`: every document, latest first.
    func positionList() -> String {
        let route = Route.positions
        let positions = corpus.positions.reversed().map { positionSummary($0, from: route) }
        let content = theme.render("positions", ["positions": positions, "has_positions": !positions.isEmpty])
        return layout(route, title: "Positions", description: "Position papers, statements and reports of the negotiation, with citable paragraphs.", section: route.path, content: content)
    }

    /// `/positions/<id>/`: the document with its anchors, metadata and the draft it cites.
    func position(_ position: StructuredCorpus.Position) -> String {
        let route = Route.position(position.source.id)
        let source = position.source
        var context = positionSummary(position, from: route)
        let proposals = comparison.proposals(in: source.id)
        var replacements: [String: String] = [:]
        for proposal in proposals {
            if let anchor = proposal.passageAnchor { replacements[anchor.id] = proposalHTML(proposal, from: route) }
        }
        var renderer = HTMLRenderer(options: .init(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, replacements: replacements,
            permalinkLabels: Self.permalinkLabels(position.document)
        ))
        context["body"] = renderer.render(position.document.document)
        context["toc"] = position.document.headings.filter { $0.level <= 3 }.map { heading in
            ["anchor": heading.anchor.id, "label": heading.text, "level": heading.level] as [String: Any]
        }
        context["has_toc"] = position.document.headings.count > 1
        context["draft"] = Self.optional(source.draft.flatMap { index.drafts[$0] }.map { draftSummary($0, from: route) })
        context["session"] = Self.optional(source.session.flatMap { index.sessions[$0] }.map { sessionSummary($0, from: route) })
        context["symbol"] = Self.optional(source.symbol)
        context["source"] = Self.optional(source.source.flatMap { Self.isPublishableURL($0) ? $0 : nil })
        let names = source.stakeholders.map { index.stakeholders[$0]?.source.name ?? $0 }.joined(separator: ", ")
        let citation = citation(for: position)
        // Escaped here, with the fast escaper: these are long, and the same on every position page.
        context["cite_text"] = citation.plainText
        context["cite_bibtex_html"] = HTMLEscaping.escape(citation.bibTeX)
        context["cite_json_html"] = HTMLEscaping.escape(citation.cslJSON)
        let content = theme.render("position", context)
        let shortNames = source.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ")
        return layout(
            route, title: source.title, description: "\(source.title): \(source.kind.label.lowercased()) by \(names), \(source.date.display).",
            section: Route.positions.path, content: content, extraHead: scholarMeta(citation),
            citePrefix: "\(shortNames), \(source.title), \(source.date.display)"
        )
    }

    /// A proposal in its position: the block's anchor, what it amends, and the redline
    /// against the cited draft's words.
    func proposalHTML(_ proposal: Proposal, from route: Route) -> String {
        let context = proposalContext(proposal, from: route)
        let target = HTMLEscaping.escape(context["target"] as? String ?? proposal.anchor.id)
        let draft = HTMLEscaping.escape(context["draft_title"] as? String ?? proposal.draftID)
        let targetHref = HTMLEscaping.escapeURL(context["target_href"] as? String ?? "")
        var html = "<figure class=\"proposal\"" + HTMLRenderer.anchorAttributes(proposal.passageAnchor?.id ?? "", label: "Link to the proposed text for \(target)")
        html += "<figcaption>Proposed text for <a href=\"\(targetHref)\">\(target)</a> of the \(draft) (\(HTMLEscaping.escape(context["summary"] as? String ?? "")))</figcaption>\n"
        html += "<div class=\"redline\">\(proposal.redline.html())</div>\n"
        html += "<details><summary>Proposed text alone</summary><div class=\"proposal-text\">\(HTMLEscaping.escape(proposal.redline.newText))</div></details>\n"
        html += "</figure>\n"
        return html
    }

    /// The citation of a position.
    func citation(for position: StructuredCorpus.Position) -> Citation {
        let source = position.source
        return Citation(
            id: source.id, title: source.title,
            authors: source.stakeholders.map { index.stakeholders[$0]?.source.name ?? $0 },
            date: source.date, kind: source.kind.label, symbol: source.symbol,
            url: Route.position(source.id).canonical(baseURL: corpus.site.baseURL), container: corpus.site.title
        )
    }

    /// Highwire Press tags, which Zotero's and Mendeley's browser connectors read.
    func scholarMeta(_ citation: Citation) -> String {
        var tags = [("citation_title", citation.title)]
        tags += citation.authors.map { ("citation_author", $0) }
        let date = citation.date
        var published = [String(date.year)]
        if let month = date.month { published.append(String(format: "%02d", month)) }
        if let day = date.day { published.append(String(format: "%02d", day)) }
        tags.append(("citation_publication_date", published.joined(separator: "/")))
        if let symbol = citation.symbol { tags.append(("citation_technical_report_number", symbol)) }
        tags.append(("citation_public_url", citation.url))
        return tags.map { "<meta name=\"\($0.0)\" content=\"\(HTMLEscaping.escape($0.1))\">" }.joined(separator: "\n")
    }

    /// `/pages/<id>/`: a free page.
    func freePage(_ page: StructuredCorpus.Page) -> String {
        let route = Route.page(page.source.id)
        let content = theme.render("page", ["title": page.source.title, "body": html(page.document, on: route)])
        return layout(route, title: page.source.title, description: page.source.description, section: route.path, content: content)
    }

    /// `/404.html`: served by static hosts for unknown paths; links are root-relative to the site root.
    func notFound() -> String {
        let content = theme.render("not-found", ["home_href": "index.html"])
        // The page is served at any depth: a <base> makes its relative links start at the site root.
        let base = "<base href=\"\(HTMLEscaping.escape(corpus.site.baseURL))\">"
        return layout(.home, title: "Page not found", section: "404", content: content, extraHead: base)
    }
}

