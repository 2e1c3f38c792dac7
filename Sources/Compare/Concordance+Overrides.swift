import Addressing
import Corpus
import Diagnostics
import Structure

extension Concordance {
    /// An entry of `concordance.yml` checked against the drafts: its articles as draft and
    /// article indices, in draft order.
    struct PlacedOverride {
        var key: String?
        var line: Int
        var members: [(draft: Int, article: Int)]
    }

    /// Checks each entry's drafts and articles, reporting unknown ones and articles placed twice.
    static func resolve(_ overrides: [ConcordanceOverride], drafts: [StructuredCorpus.Draft], log: inout DiagnosticLog) -> [PlacedOverride] {
        let path = ConcordanceOverride.path
        let draftIndex = Dictionary(uniqueKeysWithValues: drafts.enumerated().map { ($1.source.id, $0) })
        var placedAt: [String: Int] = [:]
        var keys: [String: Int] = [:]
        var result: [PlacedOverride] = []
        for override in overrides {
            if let key = override.key, let earlier = keys.updateValue(override.line, forKey: key) {
                log.error(path, line: override.line, "the key '\(key)' is already given to the provision on line \(earlier); each provision needs its own")
            }
            var members: [(draft: Int, article: Int)] = []
            for member in override.members {
                guard let d = draftIndex[member.draft] else {
                    let known = drafts.map(\.source.id)
                    let hint = Identifier.closest(to: member.draft, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                    log.error(path, line: member.line, "unknown draft '\(member.draft)'\(hint); drafts: \(known.joined(separator: ", "))")
                    continue
                }
                guard let number = member.article else { continue }
                let wanted = Anchor.article(number)
                guard let a = drafts[d].text.articles.firstIndex(where: { $0.anchor == wanted }) else {
                    log.error(path, line: member.line, "\(drafts[d].source.path) has no Article \(number); give an article of that draft, or none")
                    continue
                }
                let place = "\(member.draft)#\(a)"
                if let earlier = placedAt.updateValue(member.line, forKey: place) {
                    log.error(path, line: member.line, "Article \(number) of '\(member.draft)' is already placed on line \(earlier); an article belongs to one provision")
                    continue
                }
                members.append((d, a))
            }
            members.sort { $0.draft < $1.draft }
            result.append(PlacedOverride(key: override.key, line: override.line, members: members))
        }
        return result.filter { !$0.members.isEmpty }
    }
}
