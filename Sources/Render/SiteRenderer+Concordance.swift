import Addressing
import Compare
import Markdown
import Structure

extension SiteRenderer {
    /// `/concordance/`: provisions x drafts, each provision's article number in each draft
    /// linked to its anchor, with renumbering, retitling, splits and merges marked.
    func concordancePage() -> String {
        let route = Route.concordance
        let drafts = corpus.drafts.map { draft -> [String: Any] in
            var summary = draftSummary(draft, from: route)
            summary["short"] = draft.source.symbol ?? draft.source.title
            return summary
        }
        let rows = comparison.concordance.provisions.map { provision -> [String: Any] in
            [
                "title": provision.title,
                "href": route.link(to: .article(provision.key)),
                "cells": corpus.drafts.map { concordanceCell(provision, draftID: $0.source.id, from: route) },
            ]
        }
        let renumbered = comparison.concordance.provisions.filter { provision in
            zip(provision.versions, provision.versions.dropFirst()).contains {
                $0.anchor != $1.anchor
            }
        }.count
        let content = theme.render("concordance", [
            "drafts": drafts, "rows": rows, "has_rows": !rows.isEmpty,
            "provision_count": comparison.concordance.provisions.count,
            "draft_count": corpus.drafts.count,
            "renumbered": Self.optional(renumbered == 0 ? nil : Self.count(renumbered, "provision") + " changed number"),
            "matrix_href": route.link(to: .matrix),
        ])
        return layout(route, title: "Concordance", description: "Every provision of the text and its article number in each draft, with renumbering and retitling marked.", section: route.path, content: content)
    }

    /// The cell of `provision` under draft `draftID`: its article there, or what became of it.
    private func concordanceCell(_ provision: Provision, draftID: String, from route: Route) -> [String: Any] {
        guard let position = provision.versions.firstIndex(where: { $0.draftID == draftID }) else {
            return absentCell(provision, draftID: draftID, from: route)
        }
        let version = provision.versions[position]
        var classes = ["present"]
        var html = "<a href=\"\(HTMLEscaping.escapeURL(route.link(to: .draft(draftID), anchor: version.anchor)))\">\(Self.cellLabel(version.anchor))</a>"
        if position > 0 {
            let previous = provision.versions[position - 1]
            if previous.anchor != version.anchor {
                classes.append("renumbered")
                html += " <span class=\"change\">was \(HTMLEscaping.escape(previous.number))</span>"
            }
            if let before = previous.title, let after = version.title, before != after {
                classes.append("retitled")
                html += " <span class=\"change\">retitled</span>"
            }
        } else if version.draftIndex > 0 {
            if let split = provision.splitFrom {
                classes.append("split")
                html += " <span class=\"change\">split from \(Self.cellLabel(split.anchor))</span>"
            } else {
                classes.append("added")
                html += " <span class=\"change\">new</span>"
            }
        }
        if let title = version.title {
            html += " <span class=\"title\">\(HTMLEscaping.escape(title))</span>"
        }
        if version.basis == .number {
            html += " <span class=\"basis\" title=\"\(HTMLEscaping.escape(Provision.Basis.number.label))\">≈<span class=\"visually-hidden\"> \(HTMLEscaping.escape(Provision.Basis.number.label))</span></span>"
        }
        return ["class": classes.joined(separator: " "), "html": html]
    }

    /// A draft without the provision: merged into another article, the draft it was split
    /// from, or simply absent.
    private func absentCell(_ provision: Provision, draftID: String, from route: Route) -> [String: Any] {
        if let merged = provision.mergedInto, merged.draftID == draftID {
            let href = route.link(to: .draft(draftID), anchor: merged.anchor)
            return ["class": "absent merged", "html": "<span class=\"change\">merged into <a href=\"\(HTMLEscaping.escapeURL(href))\">\(Self.cellLabel(merged.anchor))</a></span>"]
        }
        if let split = provision.splitFrom, split.draftID == draftID {
            let href = route.link(to: .draft(draftID), anchor: split.anchor)
            return ["class": "absent split", "html": "<span class=\"change\">part of <a href=\"\(HTMLEscaping.escapeURL(href))\">\(Self.cellLabel(split.anchor))</a></span>"]
        }
        // A partial record may simply not hold the article: "absent" says no more than that.
        return ["class": "absent", "html": "—<span class=\"visually-hidden\"> not in the record of this draft</span>"]
    }

    /// An article's label for a narrow cell, escaped, its first space not breaking (`Art.&nbsp;24`).
    static func cellLabel(_ anchor: Anchor) -> String {
        let label = HTMLEscaping.escape(anchor.capitalizedLabel)
        guard let space = label.firstIndex(of: " ") else { return label }
        return label[..<space] + "&nbsp;" + label[label.index(after: space)...]
    }
}
