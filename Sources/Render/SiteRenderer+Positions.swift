import Addressing
import Compare
import Foundation
import Markdown
import Structure

extension SiteRenderer {
    /// `/positions/`: every document, latest first.
    func positionList() -> PageContent {
        let route = here(Route.positions)
        let positions = corpus.positions.reversed().map { positionSummary($0, from: route) }
        return PageContent(
            template: "positions", context: PositionsPageContext(positions: positions, hasPositions: !positions.isEmpty),
            title: word("positions"), description: word("description_positions"),
            section: route.page.path
        )
    }

    /// `/positions/<id>/`: the document with its anchors, metadata and the draft it cites.
    func position(_ position: StructuredCorpus.Position) -> PageContent {
        let route = here(Route.position(position.source.id))
        let source = position.source
        let document = inReadersLanguage(document(position))
        let positionTitle = title(source)
        var replacements: [String: String] = [:]
        for proposal in comparison.proposals(in: source.id) {
            if let anchor = proposal.passageAnchor { replacements[anchor.id] = theme.render("proposal", proposalFigure(proposal, from: route), outer: PageScope(t: theme.interface(language))) }
        }
        var renderer = HTMLRenderer(options: .init(
            allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, replacements: replacements,
            permalinkLabels: permalinkLabels(document)
        ))
        let names = source.stakeholders.map { index.stakeholders[$0]?.source.name ?? $0 }.joined(separator: ", ")
        let citation = citation(for: position)
        let context = PositionPageContext(
            summary: positionSummary(position, from: route),
            body: renderer.renderBytes(document.document),
            toc: document.headings.filter { $0.level <= 3 }.map { heading in
                PositionTocEntry(anchor: heading.anchor.id, label: heading.text, level: heading.level)
            },
            hasToc: document.headings.count > 1,
            draft: source.draft.flatMap { index.drafts[$0] }.map { draftSummary($0, from: route) },
            session: source.session.flatMap { index.sessions[$0] }.map { sessionSummary($0, from: route) },
            symbol: source.symbol,
            source: source.source.flatMap { Self.isPublishableURL($0) ? $0 : nil },
            citeText: citation.plainText,
            // Escaped here, with the fast escaper: these are long, and the same on every position page.
            citeBibtexHtml: HTMLEscaping.escape(citation.bibTeX),
            citeJsonHtml: HTMLEscaping.escape(citation.cslJSON)
        )
        let shortNames = source.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ")
        return PageContent(
            template: "position", context: context, title: positionTitle,
            description: theme.interface(language).format("description_position", [
                "title": positionTitle, "kind": label(source.kind), "kind_lowercased": label(source.kind).lowercased(), "by": names,
                "date": LocalizedDate.display(source.date, in: language),
            ]),
            section: Route.positions.path, extraHead: scholarMeta(citation),
            citePrefix: "\(shortNames), \(positionTitle), \(source.date.display)"
        )
    }

    /// A proposal in its position, for the `proposal` partial: the block's anchor, what it
    /// amends, and the redline against the cited draft's words.
    func proposalFigure(_ proposal: Proposal, from route: Route) -> ProposalFigure {
        ProposalFigure(
            anchor: proposal.passageAnchor?.id ?? "",
            target: label(proposal.anchor),
            targetHref: PercentEncoding.encode(link(route, to: .draft(proposal.draftID), anchor: proposal.anchor)),
            draftTitle: draftTitle(proposal.draftID),
            summary: proposalSummaryText(proposal),
            redline: proposal.redline.html(),
            text: proposal.redline.newText
        )
    }

    /// "3 words inserted", or that the proposal keeps the draft's words.
    func proposalSummaryText(_ proposal: Proposal) -> String {
        proposal.redline.hasChanges ? changeSummary(proposal.redline) : word("words_unchanged")
    }

    /// The citation of a position.
    func citation(for position: StructuredCorpus.Position) -> Citation {
        let source = position.source
        return Citation(
            id: source.id, title: title(source),
            authors: source.stakeholders.map { index.stakeholders[$0].map { names($0.source).name } ?? $0 },
            date: source.date, kind: source.kind.label, symbol: source.symbol,
            url: here(.position(source.id)).canonical(baseURL: corpus.site.baseURL), container: corpus.site.title
        )
    }

    /// Highwire Press tags, which Zotero's and Mendeley's browser connectors read.
    func scholarMeta(_ citation: Citation) -> String {
        var tags = [("citation_title", citation.title)]
        tags += citation.authors.map { ("citation_author", $0) }
        let date = citation.date
        var published = [String(date.year)]
        if let month = date.month { published.append(Self.twoDigits(month)) }
        if let day = date.day { published.append(Self.twoDigits(day)) }
        tags.append(("citation_publication_date", published.joined(separator: "/")))
        if let symbol = citation.symbol { tags.append(("citation_technical_report_number", symbol)) }
        tags.append(("citation_public_url", citation.url))
        return tags.map { "<meta name=\"\($0.0)\" content=\"\(HTMLEscaping.escape($0.1))\">" }.joined(separator: "\n")
    }

    /// `05` for 5, as `String(format: "%02d")` writes a month or a day.
    static func twoDigits(_ number: Int) -> String {
        (0..<10).contains(number) ? "0\(number)" : String(number)
    }

    /// `/pages/<id>/`: a free page.
    func freePage(_ page: StructuredCorpus.Page) -> PageContent {
        let route = here(Route.page(page.source.id))
        let pageTitle = title(page.source)
        return PageContent(
            template: "page", context: FreePageContext(title: pageTitle, body: html(inReadersLanguage(document(page)), on: route)),
            title: pageTitle, description: translation(page.source).map { $0.description } ?? page.source.description, section: route.page.path
        )
    }

    /// `/404.html`: served by static hosts for unknown paths; rendered as the home page, its
    /// links relative to the site root.
    func notFound() -> PageContent {
        // The page is served at any depth: a <base> makes its relative links start at the site root.
        let base = "<base href=\"\(HTMLEscaping.escape(corpus.site.baseURL))\">"
        return PageContent(
            template: "not-found", context: NotFoundPageContext(homeHref: "index.html"), title: word("page_not_found"), section: "404",
            extraHead: base
        )
    }
}
