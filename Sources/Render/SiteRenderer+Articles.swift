import Addressing
import Citations
import Compare
import Foundation
import Markdown
import Structure

extension SiteRenderer {
    /// `/articles/`: every provision, in the order of the latest draft.
    func articleList() -> PageContent {
        let route = here(Route.articles)
        let provisions = comparison.concordance.provisions.map { provision in
            let row = provisionByKey[provision.key] ?? 0
            let addressedBy = comparison.matrix.columns.filter { comparison.matrix.cell(row, $0) != nil }.count
            return ProvisionSummary(
                key: provision.key,
                title: title(provision),
                href: link(route, to: .article(provision.key)),
                numbers: provision.versions.map { version in
                    ProvisionNumber(label: label(version.anchor), draft: draftTitle(version.draftID))
                },
                addressedBy: addressedBy,
                hasAddressedBy: addressedBy > 0
            )
        }
        let context = ArticlesPageContext(
            provisions: provisions, hasProvisions: !provisions.isEmpty,
            concordanceHref: link(route, to: .concordance), matrixHref: link(route, to: .matrix)
        )
        return PageContent(
            template: "articles", context: context, title: word("provisions"),
            description: word("description_articles"),
            section: Route.concordance.path
        )
    }

    /// `/articles/<key>/`: the provision in each draft with the changes between drafts, the
    /// wording positions propose, and every passage citing it, by stakeholder.
    func article(_ row: Int) -> PageContent {
        let provision = comparison.concordance.provisions[row]
        let route = here(Route.article(provision.key))
        var versions: [ProvisionVersionContext] = []
        var previous: Provision.Version?
        for version in provision.versions {
            versions.append(versionContext(version, previous: previous, from: route))
            previous = version
        }
        let proposals = comparison.proposals(forProvision: row).map { proposalSummary(comparison.proposals[$0], from: route) }
        let groups = stakeholderGroups(provision, row: row, from: route)
        let context = ArticlePageContext(
            title: title(provision),
            key: provision.key,
            versions: versions,
            splitFrom: provision.splitFrom.map { relationContext($0, from: route) },
            mergedInto: provision.mergedInto.map { relationContext($0, from: route) },
            proposals: proposals,
            hasProposals: !proposals.isEmpty,
            groups: groups,
            hasGroups: !groups.isEmpty,
            concordanceHref: link(route, to: .concordance)
        )
        let strings = theme.interface(language)
        let numbers = provision.versions.map {
            strings.format("article_of_draft", ["number": $0.number, "draft": draftTitle($0.draftID)])
        }
        let description = strings.format("description_article", ["title": title(provision), "numbers": numbers.joined(separator: "; ")])
        return PageContent(template: "article", context: context, title: title(provision), description: description, section: Route.concordance.path)
    }

    /// One draft's version of a provision, with the changes since the previous version.
    private func versionContext(_ version: Provision.Version, previous: Provision.Version?, from route: Route) -> ProvisionVersionContext {
        let draft = index.drafts[version.draftID]
        var body: ArticleBodyContext?
        var hasBody = false
        var heading = theme.interface(language).format("article_number", ["number": version.number]) + (version.title.map { ". \($0)" } ?? "")
        // In another language, the article as the draft's translation words it, where there is one.
        var article = index.articles[version.draftID]?[version.anchor]
        var footnotes = draft?.text.footnotes ?? []
        if language != siteMap.defaultLanguage, let draft, translation(draft.source) != nil {
            let translated = text(draft)
            if let own = translated.parts.lazy.flatMap(\.articles).first(where: { $0.anchor == version.anchor }) {
                article = own
                footnotes = translated.footnotes
                if !own.heading.isEmpty { heading = Inline.plainText(own.heading) }
            }
        }
        if let article, draft != nil {
            var builder = DraftTextBuilder(
                allowRawHTML: corpus.site.rawHTML, linkRoot: route.root, anchored: false, footnotePrefix: "\(version.draftID)-fn"
            )
            body = builder.body(of: article, footnotes: footnotes)
            hasBody = !version.text.isEmpty
        }
        return ProvisionVersionContext(
            id: version.draftID,
            heading: heading,
            draftTitle: draft.map { title($0.source) } ?? version.draftID,
            draftSymbol: draft?.source.symbol,
            date: draft?.source.date.iso ?? "",
            dateDisplay: draft.map { LocalizedDate.display($0.source.date, in: language) } ?? "",
            href: link(route, to: .draft(version.draftID), anchor: version.anchor),
            chapter: version.chapter.map { chapter in
                // In another language, the chapter's heading as the translated draft writes it.
                if language != siteMap.defaultLanguage, let draft,
                   let part = text(draft).parts.first(where: { $0.anchor == chapter.anchor }) {
                    return Inline.plainText(part.heading)
                }
                return [chapter.label, chapter.title].compactMap { $0 }.joined(separator: ". ")
            },
            basis: version.basis.map { word("basis_\($0.rawValue)") },
            numberOnly: version.basis == .number,
            body: body,
            hasBody: hasBody,
            changes: previous.map { changesContext(from: $0, to: version) }
        )
    }

    /// The redline between two versions, or a note when the record lacks either text.
    private func changesContext(from old: Provision.Version, to new: Provision.Version) -> VersionChanges {
        let from = "\(draftTitle(old.draftID)) (\(label(old.anchor)))"
        let strings = theme.interface(language)
        var renumbered: [String] = []
        if old.anchor != new.anchor { renumbered.append(strings.format("renumbered_from", ["number": old.number])) }
        if let before = old.title, let after = new.title, before != after { renumbered.append(strings.format("retitled_from", ["title": before])) }
        let renaming = renumbered.isEmpty ? nil : renumbered.joined(separator: "; ")
        guard !old.text.isEmpty, !new.text.isEmpty else {
            let summary = old.text.isEmpty && new.text.isEmpty
                ? strings["no_words_of_either"]
                : strings[old.text.isEmpty ? "no_words_of_earlier" : "no_words_of_later"]
            return VersionChanges(from: from, summary: summary, renaming: renaming, redline: nil)
        }
        let redline = Redline(from: old.text, to: new.text)
        guard redline.hasChanges else {
            return VersionChanges(from: from, summary: strings["no_change_in_words"], renaming: renaming, redline: nil)
        }
        return VersionChanges(from: from, summary: changeSummary(redline), renaming: renaming, redline: redline.html())
    }

    /// "3 words inserted", "1 word deleted, 3 inserted", "punctuation changed", in the
    /// language being rendered.
    func changeSummary(_ redline: Redline) -> String {
        let strings = theme.interface(language)
        return switch (redline.deletedWords, redline.insertedWords) {
        case (0, 0): strings["punctuation_changed"]
        case (let deleted, 0): strings.count("words_deleted", deleted)
        case (0, let inserted): strings.count("words_inserted", inserted)
        case (let deleted, let inserted):
            strings.format("words_deleted_and_inserted", [
                "deleted": strings.count("words_deleted", deleted), "inserted": strings.count("words_inserted", inserted),
                "n": String(inserted),
            ])
        }
    }

    /// `n` of the counted noun `key` in the language being rendered: "3 passages" (the
    /// interface strings `key_one`, `key_other`, ...).
    func count(_ key: String, _ n: Int) -> String {
        theme.interface(language).count(key, n)
    }

    /// An article of another provision (split from, merged into), linked to it.
    private func relationContext(_ relation: Provision.Relation, from route: Route) -> ProvisionRelation {
        let other = comparison.concordance.provision(draft: relation.draftID, article: relation.anchor)
        return ProvisionRelation(
            label: theme.interface(language).format("article_of_draft", ["number": relation.number, "draft": draftTitle(relation.draftID)]),
            href: other.map { link(route, to: .article($0.key)) } ?? link(route, to: .draft(relation.draftID), anchor: relation.anchor)
        )
    }

    /// A proposal, for the article page.
    func proposalSummary(_ proposal: Proposal, from route: Route) -> ProposalSummary {
        let position = index.positions[proposal.positionID]?.source
        return ProposalSummary(
            who: position?.stakeholders.map { index.stakeholders[$0]?.source.displayShort ?? $0 }.joined(separator: ", ") ?? "",
            title: position?.title ?? proposal.positionID,
            date: position?.date.iso ?? "",
            dateDisplay: position.map { LocalizedDate.display($0.date, in: language) } ?? "",
            href: link(route, to: .position(proposal.positionID), anchor: proposal.passageAnchor),
            target: label(proposal.anchor),
            targetHref: link(route, to: .draft(proposal.draftID), anchor: proposal.anchor),
            draftTitle: draftTitle(proposal.draftID),
            redline: proposal.redline.html(),
            summary: proposalSummaryText(proposal)
        )
    }

    /// How many citing sentences each stakeholder group quotes when the provision is cited
    /// more than ``quoteEverythingLimit`` times; the rest are listed as links.
    static let quotedPassageLimit = 3
    static let quoteEverythingLimit = 100

    /// The passages citing a provision (in any of its versions), grouped by stakeholder,
    /// each group with the stakeholder's stances; groups by name, passages by date.
    private func stakeholderGroups(_ provision: Provision, row: Int, from route: Route) -> [ProvisionStakeholderGroup] {
        // Citations of every version, in corpus order (by date), each in its passage order.
        let indices = citations.indices(citing: provision.versions.map { ($0.draftID, $0.anchor) })
        var byStakeholder: [String: [Int32]] = [:]
        // A document's citations are consecutive: each run is handed to its authors at once.
        citations.passages.withUnsafeBufferPointer { passages in
            var start = 0
            while start < indices.count {
                let document = passages[Int(indices[start])].documentID
                var end = start + 1
                while end < indices.count, passages[Int(indices[end])].documentID == document { end += 1 }
                for stakeholder in index.bylines[document]?.stakeholders ?? [] {
                    byStakeholder[stakeholder, default: []].append(contentsOf: indices[start..<end])
                }
                start = end
            }
        }
        // A provision cited a few times quotes every sentence; one cited thousands of times
        // quotes a few per stakeholder and lists the rest by document.
        let quoteLimit = indices.count <= Self.quoteEverythingLimit ? Int.max : Self.quotedPassageLimit
        let matrix = comparison.matrix
        let links = pageLinks(route)
        return matrix.columns.compactMap { stakeholder -> ProvisionStakeholderGroup? in
            guard let cell = matrix.cell(row, stakeholder) else { return nil }
            let entries = sentences(byStakeholder[stakeholder] ?? [])
            let stances = cell.stances.map { stance in
                let position = index.positions[stance.positionID]?.source
                return StanceEntry(
                    value: stance.value.rawValue,
                    valueLabel: stanceLabel(stance.value.rawValue),
                    note: stance.note,
                    title: position?.title ?? stance.positionID,
                    href: links.link(to: .position(stance.positionID)),
                    dateDisplay: position.map { LocalizedDate.display($0.date, in: language) } ?? "",
                    article: theme.interface(language).format("art_of_draft", ["number": stance.article, "draft": draftTitle(stance.draftID)])
                )
            }
            return ProvisionStakeholderGroup(
                link: stakeholderLink(stakeholder, from: route),
                anchor: PageSection.stakeholder(stakeholder).id,
                stance: cell.label,
                stanceLabel: stanceLabel(cell.label),
                stances: stances,
                hasStances: !cell.stances.isEmpty,
                passages: entries.prefix(quoteLimit).compactMap { citingPassage($0, from: links) },
                more: entries.count > quoteLimit
                    ? MorePassages(
                        count: entries.count - quoteLimit, documents: citingDocuments(entries.dropFirst(quoteLimit), from: links),
                        label: count("more_passages", entries.count - quoteLimit)
                    )
                    : nil,
                count: count("passages", cell.passages.count)
            )
        }
    }
}
