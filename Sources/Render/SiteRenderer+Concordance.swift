import Addressing
import Compare
import Markdown
import Structure

extension SiteRenderer {
    /// `/concordance/`: provisions x drafts, each provision's article number in each draft
    /// linked to its anchor, with renumbering, retitling, rewording, splits and merges marked.
    func concordancePage() -> PageContent {
        let route = here(Route.concordance)
        let drafts = corpus.drafts.map { draft in
            ConcordanceColumn(summary: draftSummary(draft, from: route), short: draft.source.symbol ?? draft.source.title)
        }
        let rows = comparison.concordance.provisions.map { provision in
            ConcordanceRow(
                title: title(provision),
                href: link(route, to: .article(provision.key)),
                cells: corpus.drafts.map { concordanceCell(provision, draftID: $0.source.id, from: route) }
            )
        }
        let renumbered = comparison.concordance.provisions.filter { provision in
            zip(provision.versions, provision.versions.dropFirst()).contains {
                $0.anchor != $1.anchor
            }
        }.count
        let context = ConcordancePageContext(
            drafts: drafts, rows: rows, hasRows: !rows.isEmpty,
            provisionCount: comparison.concordance.provisions.count,
            draftCount: corpus.drafts.count,
            renumbered: renumbered == 0 ? nil : count("provisions_changed_number", renumbered),
            matrixHref: link(route, to: .matrix),
            lead: concordanceLead(
                provisions: comparison.concordance.provisions.count, drafts: corpus.drafts.count,
                renumbered: renumbered == 0 ? nil : count("provisions_changed_number", renumbered), matrixHref: link(route, to: .matrix)
            )
        )
        return PageContent(
            template: "concordance", context: context, title: word("concordance"),
            description: word("description_concordance"),
            section: route.page.path
        )
    }

    /// The concordance's lead paragraph (HTML) in the language being rendered: what it
    /// holds and how to read its marks.
    func concordanceLead(provisions: Int, drafts: Int, renumbered: String?, matrixHref: String) -> String {
        let strings = theme.interface(language)
        return strings.html("concordance_lead", [
            "provisions_across_drafts": strings.format(
                "provisions_across_drafts", ["provisions": count("provisions", provisions), "drafts": count("drafts_counted", drafts)]
            ),
            "renumbered": renumbered.map { strings.format("renumbered_count", ["count": $0]) } ?? "",
            "matrix_href": matrixHref,
        ])
    }

    /// The cell of `provision` under draft `draftID`: its article there, or what became of it.
    func concordanceCell(_ provision: Provision, draftID: String, from route: Route) -> ConcordanceCell {
        var cell = ConcordanceCell(
            cssClass: "", article: nil, was: nil, retitled: false, splitFrom: nil, added: false, title: nil, numberBasis: nil,
            mergedInto: nil, partOf: nil, missing: false
        )
        guard let position = provision.versions.firstIndex(where: { $0.draftID == draftID }) else {
            // A draft without the provision: merged into another article, the draft it was
            // split from, or simply absent.
            if let merged = provision.mergedInto, merged.draftID == draftID {
                cell.cssClass = "absent merged"
                cell.mergedInto = cellLink(merged.anchor, in: draftID, from: route)
            } else if let split = provision.splitFrom, split.draftID == draftID {
                cell.cssClass = "absent split"
                cell.partOf = cellLink(split.anchor, in: draftID, from: route)
            } else {
                // A partial record may simply not hold the article: "absent" says no more than that.
                cell.cssClass = "absent"
                cell.missing = true
            }
            return cell
        }
        let version = provision.versions[position]
        var classes = ["present"]
        cell.article = cellLink(version.anchor, in: draftID, from: route)
        if position > 0 {
            let previous = provision.versions[position - 1]
            if previous.anchor != version.anchor {
                classes.append("renumbered")
                cell.was = previous.number
            }
            if let before = previous.title, let after = version.title, before != after {
                classes.append("retitled")
                cell.retitled = true
            }
            // Words compared only where the record holds both texts (an outline has none).
            if !previous.text.isEmpty, !version.text.isEmpty, previous.text != version.text {
                classes.append("reworded")
                cell.reworded = PercentEncoding.encode(link(route, to: .article(provision.key), anchor: .version(draftID)))
            }
        } else if version.draftIndex > 0 {
            if let split = provision.splitFrom {
                classes.append("split")
                cell.splitFrom = cellLink(split.anchor, in: split.draftID, from: route)
            } else {
                classes.append("added")
                cell.added = true
            }
        }
        cell.cssClass = classes.joined(separator: " ")
        cell.title = version.title
        if version.basis == .number { cell.numberBasis = word("basis_number") }
        return cell
    }

    /// An article of draft `draftID` for a narrow cell: linked, its label cut at its first
    /// space, which the partial writes as a no-break space (`Art.&nbsp;24`).
    func cellLink(_ anchor: Anchor, in draftID: String, from route: Route) -> CellLink {
        let text = label(anchor)
        let href = PercentEncoding.encode(link(route, to: .draft(draftID), anchor: anchor))
        guard let space = text.firstIndex(of: " ") else { return CellLink(href: href, first: text, rest: nil) }
        return CellLink(href: href, first: String(text[..<space]), rest: String(text[text.index(after: space)...]))
    }
}
