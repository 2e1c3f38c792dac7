import Addressing
import Foundation
import Corpus
import Structure

extension SiteRenderer {
    /// `/stakeholders/`: every stakeholder, grouped by kind.
    func stakeholderList() -> PageContent {
        let route = here(Route.stakeholders)
        let groups = Stakeholder.Kind.allCases.compactMap { kind -> StakeholderKindGroup? in
            let members = corpus.stakeholders.filter { $0.source.kind == kind }
                .sorted { $0.source.name.localizedStandardCompare($1.source.name) == .orderedAscending }
            guard !members.isEmpty else { return nil }
            return StakeholderKindGroup(
                kind: label(kind),
                stakeholders: members.map { member in
                    let count = index.positionsByStakeholder[member.source.id]?.count ?? 0
                    return StakeholderListEntry(
                        link: stakeholderLink(member.source.id, from: route), count: count, hasDocuments: count > 0,
                        documents: self.count("stakeholder_documents", count)
                    )
                }
            )
        }
        return PageContent(
            template: "stakeholders", context: StakeholdersPageContext(groups: groups, hasGroups: !groups.isEmpty),
            title: word("stakeholders"), description: word("description_stakeholders"), section: route.page.path
        )
    }

    /// `/stakeholders/<id>/`: who they are and their documents.
    func stakeholder(_ stakeholder: StructuredCorpus.StakeholderProfile) -> PageContent {
        let route = here(Route.stakeholder(stakeholder.source.id))
        let source = stakeholder.source
        let name = names(source).name
        let positions = (index.positionsByStakeholder[source.id] ?? []).reversed().map { positionSummary($0, from: route) }
        let provisions = comparison.concordance.provisions
        let stances = comparison.matrix.column(source.id).map { row, cell in
            let provision = provisions[row]
            return StakeholderStance(
                title: title(provision),
                numbers: provision.versions.map { articleNumber($0.number) }.joined(separator: " → "),
                href: link(route, to: .article(provision.key), section: .stakeholder(source.id)),
                stance: cell.label,
                stanceLabel: stanceLabel(cell.label),
                notes: cell.stances.compactMap(\.note),
                passages: count("passages", cell.passages.count),
                proposals: cell.proposals.count,
                hasProposals: !cell.proposals.isEmpty
            )
        }
        let context = StakeholderPageContext(
            name: name,
            short: translation(source).map { $0.short } ?? source.short,
            kind: label(source.kind),
            url: source.url.flatMap { Self.isPublishableURL($0) ? $0 : nil },
            description: html(description(stakeholder), on: route),
            positions: positions,
            hasPositions: !positions.isEmpty,
            stances: stances,
            hasStances: !stances.isEmpty,
            matrixHref: link(route, to: .matrix)
        )
        return PageContent(
            template: "stakeholder", context: context, title: name,
            description: theme.interface(language).format("description_stakeholder", ["name": name, "kind": label(source.kind)]),
            section: Route.stakeholders.path
        )
    }
}
