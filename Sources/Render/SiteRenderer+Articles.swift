import Addressing
import Citations
import Compare
import Foundation
import Markdown
import Structure

extension SiteRenderer {
    /// `/articles/`: every provision, in the order of the latest draft.
    func articleList() -> String {
        let route = Route.articles
        let provisions = comparison.concordance.provisions.map { provision -> [String: Any] in
            var summary = provisionSummary(provision, from: route)
            let row = provisionByKey[provision.key] ?? 0
            let addressedBy = comparison.matrix.columns.filter { comparison.matrix.cell(row, $0) != nil }.count
            summary["addressed_by"] = addressedBy
            summary["has_addressed_by"] = addressedBy > 0
            return summary
        }
        let content = theme.render("articles", [
            "provisions": provisions, "has_provisions": !provisions.isEmpty,
            "concordance_href": route.link(to: .concordance), "matrix_href": route.link(to: .matrix),
        ])
        return layout(route, title: "Provisions", description: "Every provision of the text across the drafts, with its history and who said what about it.", section: Route.concordance.path, content: content)
    }

    /// Title, link and numbers of a provision, for lists.
    func provisionSummary(_ provision: Provision, from route: Route) -> [String: Any] {
        [
            "key": provision.key,
            "title": provision.title,
            "href": route.link(to: .article(provision.key)),
            "numbers": provision.versions.map { version -> [String: Any] in
                ["label": version.anchor.capitalizedLabel, "draft": index.drafts[version.draftID]?.source.title ?? version.draftID]
            },
        ]
    }

    /// `/articles/<key>/`: the provision in each draft with the changes between drafts, the
    /// wording positions propose, and every passage citing it, by stakeholder.
    func article(_ row: Int) -> String {
        let provision = comparison.concordance.provisions[row]
        let route = Route.article(provision.key)
        var versions: [[String: Any]] = []
        var previous: Provision.Version?
        for version in provision.versions {
            versions.append(versionContext(version, previous: previous, from: route))
            previous = version
        }
        var context: [String: Any] = [
            "title": provision.title,
            "key": provision.key,
            "versions": versions,
            "split_from": Self.optional(provision.splitFrom.map { relationContext($0, from: route) }),
            "merged_into": Self.optional(provision.mergedInto.map { relationContext($0, from: route) }),
        ]
        let proposals = comparison.proposals(forProvision: row).map { proposalContext(comparison.proposals[$0], from: route) }
        context["proposals"] = proposals
        context["has_proposals"] = !proposals.isEmpty
        let groups = stakeholderGroups(provision, row: row, from: route)
        context["groups"] = groups
        context["has_groups"] = !groups.isEmpty
        context["concordance_href"] = route.link(to: .concordance)
        let content = theme.render("article", context)
        let numbers = provision.versions.map { "Article \($0.number) of the \(index.drafts[$0.draftID]?.source.title ?? $0.draftID)" }
        let description = "\(provision.title): \(numbers.joined(separator: "; ")). Text in each draft, changes between drafts, and the positions citing it."
        return layout(route, title: provision.title, description: description, section: Route.concordance.path, content: content)
    }

    /// One draft's version of a provision, with the changes since the previous version.
    private func versionContext(_ version: Provision.Version, previous: Provision.Version?, from route: Route) -> [String: Any] {
        let draft = index.drafts[version.draftID]
        let heading = "Article \(version.number)" + (version.title.map { ". \($0)" } ?? "")
        var context: [String: Any] = [
            "id": version.draftID,
            "heading": heading,
            "draft_title": draft?.source.title ?? version.draftID,
            "draft_symbol": Self.optional(draft?.source.symbol),
            "date": draft?.source.date.iso ?? "",
            "date_display": draft?.source.date.display ?? "",
            "href": route.link(to: .draft(version.draftID), anchor: version.anchor),
            "chapter": Self.optional(version.chapter.map { [$0.label, $0.title].compactMap { $0 }.joined(separator: ". ") }),
            "basis": Self.optional(version.basis.map(\.label)),
            "number_only": version.basis == .number,
        ]
        if let article = draft?.text.articles.first(where: { $0.anchor == version.anchor }), let draft {
            var renderer = DraftHTML(
                allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, anchored: false, footnotePrefix: "\(version.draftID)-fn"
            )
            let body = renderer.renderBody(of: article, footnotes: draft.text.footnotes)
            context["body"] = body
            context["has_body"] = !version.text.isEmpty
        } else {
            context["has_body"] = false
        }
        context["changes"] = Self.optional(previous.map { changesContext(from: $0, to: version) })
        return context
    }

    /// The redline between two versions, or a note when the record lacks either text.
    private func changesContext(from old: Provision.Version, to new: Provision.Version) -> [String: Any] {
        let from = "\(index.drafts[old.draftID]?.source.title ?? old.draftID) (\(old.anchor.capitalizedLabel))"
        var context: [String: Any] = ["from": from]
        var renumbered: [String] = []
        if old.anchor != new.anchor { renumbered.append("renumbered from Article \(old.number)") }
        if let before = old.title, let after = new.title, before != after { renumbered.append("retitled from “\(before)”") }
        context["renaming"] = Self.optional(renumbered.isEmpty ? nil : renumbered.joined(separator: "; "))
        guard !old.text.isEmpty, !new.text.isEmpty else {
            context["summary"] = old.text.isEmpty && new.text.isEmpty
                ? "The record holds the words of neither version."
                : "The record lacks the words of the \(old.text.isEmpty ? "earlier" : "later") version, so no changes can be shown."
            context["redline"] = NSNull()
            return context
        }
        let redline = Redline(from: old.text, to: new.text)
        if redline.hasChanges {
            context["summary"] = Self.changeSummary(redline)
            context["redline"] = redline.html()
        } else {
            context["summary"] = "No change in the words"
            context["redline"] = NSNull()
        }
        return context
    }

    /// "3 words inserted", "1 word deleted, 3 inserted", "punctuation changed".
    static func changeSummary(_ redline: Redline) -> String {
        switch (redline.deletedWords, redline.insertedWords) {
        case (0, 0): "punctuation or spacing changed"
        case (let deleted, 0): "\(count(deleted, "word")) deleted"
        case (0, let inserted): "\(count(inserted, "word")) inserted"
        case (let deleted, let inserted): "\(count(deleted, "word")) deleted, \(inserted) inserted"
        }
    }

    /// "1 word", "3 words".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// An article of another provision (split from, merged into), linked to it.
    private func relationContext(_ relation: Provision.Relation, from route: Route) -> [String: Any] {
        let other = comparison.concordance.provision(draft: relation.draftID, article: relation.anchor)
        return [
            "label": "Article \(relation.number) of the \(index.drafts[relation.draftID]?.source.title ?? relation.draftID)",
            "href": other.map { route.link(to: .article($0.key)) } ?? route.link(to: .draft(relation.draftID), anchor: relation.anchor),
        ]
    }

    /// A proposal, for the article page and the position page.
    func proposalContext(_ proposal: Proposal, from route: Route) -> [String: Any] {
        let position = index.positions[proposal.positionID]?.source
        let who = position?.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ") ?? ""
        return [
            "who": who,
            "title": position?.title ?? proposal.positionID,
            "date": position?.date.iso ?? "",
            "date_display": position?.date.display ?? "",
            "href": route.link(to: .position(proposal.positionID), anchor: proposal.passageAnchor),
            "target": proposal.anchor.capitalizedLabel,
            "target_href": route.link(to: .draft(proposal.draftID), anchor: proposal.anchor),
            "draft_title": index.drafts[proposal.draftID]?.source.title ?? proposal.draftID,
            "redline": proposal.redline.html(),
            "summary": proposal.redline.hasChanges ? Self.changeSummary(proposal.redline) : "the draft's words unchanged",
        ]
    }

    /// How many citing sentences each stakeholder group quotes when the provision is cited
    /// more than ``quoteEverythingLimit`` times; the rest are listed as links.
    static let quotedPassageLimit = 3
    static let quoteEverythingLimit = 100

    /// The passages citing a provision (in any of its versions), grouped by stakeholder,
    /// each group with the stakeholder's stances; groups by name, passages by date.
    private func stakeholderGroups(_ provision: Provision, row: Int, from route: Route) -> [[String: Any]] {
        // Citations of every version, in corpus order (by date), each in its passage order.
        let indices = citations.indices(citing: provision.versions.map { ($0.draftID, $0.anchor) })
        var byStakeholder: [String: [Int32]] = [:]
        var document = ""
        var authors: [String] = []
        for passage in indices {
            let documentID = citations.passages[Int(passage)].documentID
            if documentID != document {
                document = documentID
                authors = index.positions[documentID]?.source.stakeholders ?? []
            }
            for stakeholder in authors { byStakeholder[stakeholder, default: []].append(passage) }
        }
        // A provision cited a few times quotes every sentence; one cited thousands of times
        // quotes a few per stakeholder and lists the rest by document.
        let quoteLimit = indices.count <= Self.quoteEverythingLimit ? Int.max : Self.quotedPassageLimit
        let matrix = comparison.matrix
        return matrix.columns.compactMap { stakeholder -> [String: Any]? in
            guard let cell = matrix.cell(row, stakeholder) else { return nil }
            let own = byStakeholder[stakeholder] ?? []
            var group = stakeholderLink(stakeholder, from: route)
            group["anchor"] = PageSection.stakeholder(stakeholder).id
            group["stance"] = cell.label
            group["stances"] = cell.stances.map { stance -> [String: Any] in
                let position = index.positions[stance.positionID]?.source
                return [
                    "value": stance.value.rawValue,
                    "note": Self.optional(stance.note),
                    "title": position?.title ?? stance.positionID,
                    "href": route.link(to: .position(stance.positionID)),
                    "date_display": position?.date.display ?? "",
                    "article": "Art. \(stance.article) of the \(index.drafts[stance.draftID]?.source.title ?? stance.draftID)",
                ]
            }
            group["has_stances"] = !cell.stances.isEmpty
            let entries = sentences(own)
            var html = entries.prefix(quoteLimit).map { citingItem($0, from: route, quote: true) }.joined()
            if entries.count > quoteLimit {
                html += "<li class=\"more\"><details><summary>\(entries.count - quoteLimit) more passages</summary><ul>\n"
                html += compactItems(entries.dropFirst(quoteLimit), from: route)
                html += "</ul></details></li>\n"
            }
            group["passages_html"] = html
            group["count"] = Self.count(cell.passages.count, "passage")
            return group
        }
    }
}
