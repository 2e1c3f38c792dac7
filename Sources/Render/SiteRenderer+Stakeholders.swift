import Addressing
import Foundation
import Corpus
import Structure

extension SiteRenderer {
    /// `/stakeholders/`: every stakeholder, grouped by kind.
    func stakeholderList() -> String {
        let route = Route.stakeholders
        let groups: [[String: Any]] = Stakeholder.Kind.allCases.compactMap { kind in
            let members = corpus.stakeholders.filter { $0.source.kind == kind }
                .sorted { $0.source.name.localizedStandardCompare($1.source.name) == .orderedAscending }
            guard !members.isEmpty else { return nil }
            return [
                "kind": kind.label,
                "stakeholders": members.map { member -> [String: Any] in
                    var link = stakeholderLink(member.source.id, from: route)
                    let count = index.positionsByStakeholder[member.source.id]?.count ?? 0
                    link["count"] = count
                    link["has_documents"] = count > 0
                    return link
                },
            ]
        }
        let content = theme.render("stakeholders", ["groups": groups, "has_groups": !groups.isEmpty])
        return layout(route, title: "Stakeholders", description: "States, groups and organisations whose positions the record holds.", section: route.path, content: content)
    }

    /// `/stakeholders/<id>/`: who they are and their documents.
    func stakeholder(_ stakeholder: StructuredCorpus.StakeholderProfile) -> String {
        let route = Route.stakeholder(stakeholder.source.id)
        let source = stakeholder.source
        let positions = (index.positionsByStakeholder[source.id] ?? []).reversed().map { positionSummary($0, from: route) }
        var context: [String: Any] = [
            "name": source.name,
            "kind": source.kind.label,
            "description": html(stakeholder.description, on: route),
            "positions": positions,
            "has_positions": !positions.isEmpty,
        ]
        let provisions = comparison.concordance.provisions
        let stances = comparison.matrix.column(source.id).map { row, cell -> [String: Any] in
            let provision = provisions[row]
            return [
                "title": provision.title,
                "numbers": provision.versions.map { "Art. \($0.number)" }.joined(separator: " → "),
                "href": route.link(to: .article(provision.key), section: .stakeholder(source.id)),
                "stance": cell.label,
                "notes": cell.stances.compactMap(\.note),
                "passages": Self.count(cell.passages.count, "passage"),
                "proposals": cell.proposals.count,
                "has_proposals": !cell.proposals.isEmpty,
            ]
        }
        context["stances"] = stances
        context["has_stances"] = !stances.isEmpty
        context["matrix_href"] = route.link(to: .matrix)
        context["short"] = Self.optional(source.short)
        context["url"] = Self.optional(source.url.flatMap { Self.isPublishableURL($0) ? $0 : nil })
        let content = theme.render("stakeholder", context)
        return layout(route, title: source.name, description: "\(source.name) (\(source.kind.label)): documents and positions in the negotiation.", section: Route.stakeholders.path, content: content)
    }
}
